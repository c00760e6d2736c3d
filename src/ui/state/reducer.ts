import type { Action, Command, Update } from './actions.js';
import { articleLoaded, currentUrl, scrollArticle, stepArticle, toggleBody, topFrame } from './article.js';
import { groupView, openGroup } from './groups.js';
import { articleBodyHeight, layoutFor } from './layout.js';
import { feedEntries } from './library.js';
import {
  applyFilter,
  done,
  findUnread,
  move,
  page,
  READ,
  STARRED,
  selectHeadline,
  setFlag,
  toggleFlag,
  unreadInView,
} from './list.js';
import { actOnTarget, openRelated, relatedLoaded, selectRelated, typeDigit } from './related.js';
import type { State } from './types.js';
import { keepInView } from './view.js';

/** The one place UI state changes: (state, action) → new state and the effects to run. Pure. */
export function reduce(state: State, action: Action): Update {
  const update = step(state, action);
  // Same-story groups, once computed, fold every view the list shows (issue 5 item 3).
  const folded = groupView(update.state);
  return folded === update.state ? update : { ...update, state: folded };
}

function step(state: State, action: Action): Update {
  switch (action.type) {
    case 'command':
      return command(state, action.command, action.key);
    case 'relatedLoaded':
      return done(relatedLoaded(state, action.ref, action.entries));
    case 'groups':
      if (action.groups.headlines !== state.lib.headlines) return done(state);
      return done({ ...state, groups: action.groups, view: state.view.slice() });
    case 'resize':
      return done(resize(state, action.width, action.height));
    case 'library': {
      const errors = action.errors ?? state.errors;
      const selected = state.view[state.sel];
      const id = selected === undefined ? undefined : state.lib.headlines[selected]?.id;
      const groups = state.groups?.headlines === action.lib.headlines ? state.groups : undefined;
      const next: State = {
        ...state,
        lib: action.lib,
        errors,
        feedEntries: feedEntries(action.lib, errors),
        groups,
      };
      const filtered = applyFilter(next, state.filter);
      // The last row of the first screen's list (G or End while the whole cache was loading) means the
      // end of the list, not that story.
      if (state.lib.partial && state.sel > 0 && state.sel === state.view.length - 1)
        return done(selectHeadline(filtered, Math.max(0, filtered.view.length - 1)));
      const at = id === undefined ? undefined : action.lib.indexById.get(id);
      const keep = at === undefined ? -1 : filtered.view.indexOf(at);
      return done(selectHeadline(filtered, Math.max(0, keep)));
    }
    case 'refreshStart':
      return done({ ...state, refresh: { running: true, done: 0, total: 0 }, message: '' });
    case 'refreshProgress':
      return done({ ...state, refresh: { running: true, done: action.done, total: action.total } });
    case 'refreshDone':
      return done({
        ...state,
        refresh: { running: false, done: action.total, total: action.total },
        errors: action.errors,
        feedEntries: feedEntries(state.lib, action.errors),
        message: refreshSummary(action.newItems, action.total, action.errors.length),
      });
    case 'refreshFailed':
      return done({ ...state, refresh: { running: false, done: 0, total: 0 }, message: action.message });
    case 'articleLoaded':
      return done(articleLoaded(state, action.ref, action.doc, action.error));
    case 'searchChange':
      return done(applyFilter({ ...state, offset: 0 }, { base: { kind: 'all' }, query: action.query }));
    case 'searchSubmit':
      return done({ ...state, searching: false });
    case 'searchCancel':
      return done(applyFilter({ ...state, searching: false }, { ...state.filter, query: '' }));
    case 'message':
      return done({ ...state, message: action.text });
  }
}

/** "3 new stories, 1 feed failed"; when every feed failed, says so and points at the demo. */
export function refreshSummary(newItems: number, total: number, failed: number): string {
  if (total > 0 && failed === total) {
    return `All ${total} feeds failed to refresh (e lists why). No network? Try newsink --demo`;
  }
  const stories = `${newItems} new ${newItems === 1 ? 'story' : 'stories'}`;
  if (failed === 0) return stories;
  return `${stories}, ${failed} ${failed === 1 ? 'feed' : 'feeds'} failed (e lists them)`;
}

function resize(state: State, width: number, height: number): State {
  const sized = { ...state, width, height };
  const rows = layoutFor(width, height).bodyHeight;
  const frame = topFrame(sized);
  const withList = {
    ...sized,
    offset: keepInView(state.sel, state.offset, rows),
    feedOffset: keepInView(state.feedSel, state.feedOffset, rows),
  };
  return frame ? scrollArticle(withList, 0) : withList;
}

function command(state: State, cmd: Command, key?: string): Update {
  // A typed link number lasts until the next command, which may use it (3o opens link 3).
  const count = state.count;
  const s = { ...state, message: state.refresh.running ? state.message : '', count: undefined };
  if (cmd === 'forceQuit') return done(s, [{ type: 'quit' }]);
  if (s.overlay !== 'none') return overlayCommand(s, cmd);
  if (s.stack.length > 0) return articleCommand(s, cmd, key, count);
  return listCommand(s, cmd);
}

function overlayCommand(state: State, cmd: Command): Update {
  const page = Math.max(1, layoutFor(state.width, state.height).bodyHeight - 1);
  // The help's length is known; the errors list clamps its own view.
  const last = state.overlay === 'help' && state.helpLines ? Math.max(0, state.helpLines - page) : Infinity;
  const scrollTo = (to: number) => done({ ...state, overlayScroll: Math.max(0, Math.min(last, to)) });
  switch (cmd) {
    case 'down':
      return scrollTo(state.overlayScroll + 1);
    case 'up':
      return scrollTo(state.overlayScroll - 1);
    case 'pageDown':
      return scrollTo(state.overlayScroll + page);
    case 'pageUp':
      return scrollTo(state.overlayScroll - page);
    case 'top':
      return scrollTo(0);
    case 'bottom':
      return scrollTo(last === Infinity ? state.overlayScroll : last);
    case 'back':
    case 'help':
    case 'errors':
      return done({ ...state, overlay: 'none', overlayScroll: 0 });
    default:
      return done(state);
  }
}

function shared(state: State, cmd: Command): Update | undefined {
  switch (cmd) {
    case 'help':
      return done({ ...state, overlay: 'help', overlayScroll: 0 });
    case 'errors':
      if (state.errors.length === 0) return done({ ...state, message: 'No feed failed at the last refresh' });
      return done({ ...state, overlay: 'errors', overlayScroll: 0 });
    case 'refresh':
      if (state.refresh.running) return done({ ...state, message: 'A refresh is already running' });
      return done(state, [{ type: 'refresh' }]);
    case 'copyUrl':
    case 'openInBrowser': {
      const url = currentUrl(state);
      if (!url) return done({ ...state, message: 'This story has no link' });
      return done(state, [{ type: cmd === 'copyUrl' ? 'copy' : 'openUrl', url }]);
    }
    default:
      return undefined;
  }
}

function articleCommand(state: State, cmd: Command, key?: string, count?: string): Update {
  const body = articleBodyHeight(state.height);
  const frame = topFrame(state)!;
  const headlineIndex = frame.ref.kind === 'headline' ? state.lib.indexById.get(frame.ref.id) : undefined;
  switch (cmd) {
    case 'down':
      return done(scrollArticle(state, 1));
    case 'up':
      return done(scrollArticle(state, -1));
    case 'pageDown':
      return done(scrollArticle(state, Math.max(1, body - 1)));
    case 'pageUp':
      return done(scrollArticle(state, -Math.max(1, body - 1)));
    case 'top':
      return done(scrollArticle(state, 0, 0));
    case 'bottom':
      return done(scrollArticle(state, 0, Number.MAX_SAFE_INTEGER));
    case 'nextArticle':
      return stepArticle(state, 1);
    case 'prevArticle':
      return stepArticle(state, -1);
    case 'back':
    case 'quit':
      // Esc first drops a typed link number; then it goes back one history level, scroll kept.
      if (count) return done(state);
      return done({ ...state, stack: state.stack.slice(0, -1) });
    case 'digit':
      return done(typeDigit(state, count, key));
    case 'nextRelated':
      return done(selectRelated(state, 1));
    case 'prevRelated':
      return done(selectRelated(state, -1));
    case 'openRelated':
      return openRelated(state);
    case 'copyUrl':
      return actOnTarget(state, count, 'copy') ?? shared(state, cmd) ?? done(state);
    case 'openInBrowser':
      return actOnTarget(state, count, 'openUrl') ?? shared(state, cmd) ?? done(state);
    case 'toggleBody':
      return done(toggleBody(state));
    case 'toggleRead':
      return toggleFlag(state, READ, headlineIndex);
    case 'toggleStar':
      return toggleFlag(state, STARRED, headlineIndex);
    default:
      return shared(state, cmd) ?? done(state);
  }
}

function listCommand(state: State, cmd: Command): Update {
  const twoPanes = layoutFor(state.width, state.height).twoPanes;
  switch (cmd) {
    case 'down':
      return done(move(state, 1));
    case 'up':
      return done(move(state, -1));
    case 'pageDown':
      return done(move(state, page(state)));
    case 'pageUp':
      return done(move(state, -page(state)));
    case 'top':
      return done(move(state, 0, 0));
    case 'bottom':
      return done(move(state, 0, Number.MAX_SAFE_INTEGER));
    case 'nextPane':
      return done({ ...state, pane: state.pane === 'feeds' ? 'headlines' : 'feeds' });
    case 'focusFeeds':
      return done({ ...state, pane: 'feeds' });
    case 'focusHeadlines':
      return done({ ...state, pane: 'headlines' });
    case 'open':
      if (state.pane === 'feeds') return done({ ...state, pane: 'headlines' });
      return openGroup(state);
    case 'back':
      if (state.filter.query) return done(applyFilter(state, { ...state.filter, query: '' }));
      if (!twoPanes && state.pane === 'headlines') return done({ ...state, pane: 'feeds' });
      return done(state);
    case 'quit':
      return done(state, [{ type: 'quit' }]);
    case 'toggleRead':
      return state.pane === 'headlines' ? toggleFlag(state, READ) : done(state);
    case 'toggleStar':
      return state.pane === 'headlines' ? toggleFlag(state, STARRED) : done(state);
    case 'markAllRead': {
      const ids = unreadInView(state);
      const marked = setFlag(state, ids, READ, true);
      return done({ ...marked.state, message: `Marked ${ids.length} read` }, marked.effects);
    }
    case 'nextUnread':
    case 'prevUnread': {
      const dir = cmd === 'nextUnread' ? 1 : -1;
      const at = findUnread(state, state.sel + dir, dir);
      if (at < 0) return done({ ...state, message: 'No more unread stories' });
      return done(selectHeadline({ ...state, pane: 'headlines' }, at));
    }
    case 'search':
      return done({ ...state, searching: true, pane: 'headlines', feedSel: 0 });
    default:
      return shared(state, cmd) ?? done(state);
  }
}
