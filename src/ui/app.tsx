import { Box, type Key, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Store } from '../core/store/types.js';
import { ArticleView } from './components/ArticleView.js';
import { ErrorList } from './components/ErrorList.js';
import { FeedsPane } from './components/FeedsPane.js';
import { HeadlineList } from './components/HeadlineList.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { SearchBox } from './components/SearchBox.js';
import { StatusBar } from './components/StatusBar.js';
import { loadArticleDoc, loadFullDoc } from './hooks/article.js';
import { openInBrowser } from './hooks/browser.js';
import { copyUrl } from './hooks/clipboard.js';
import { useFirstScreen } from './hooks/first-screen.js';
import { useGroups } from './hooks/groups.js';
import { idleCollector } from './hooks/idle-gc.js';
import { usePrefetch } from './hooks/prefetch.js';
import { useRelated } from './hooks/related.js';
import { useRefresh } from './hooks/useRefresh.js';
import { commandFor, type Keymap } from './keymap.js';
import { keyNames } from './keys.js';
import {
  contextOf,
  emptyListText,
  HEADER_STYLE,
  headerText,
  MUTED_STYLE,
  separatorText,
  statusHints,
  statusRight,
} from './screen-text.js';
import { minuteNow } from './start.js';
import type { Action, Effect } from './state/actions.js';
import { topFrame } from './state/article.js';
import { layoutFor } from './state/layout.js';
import { reduce } from './state/reducer.js';
import { frameLines } from './state/related.js';
import type { Library, State } from './state/types.js';

export interface AppProps {
  readonly store: Store;
  readonly keymap: Keymap;
  readonly initial: State;
  /** The clock of the first frame (default: now, minute-rounded). */
  readonly now?: number;
  /** Refresh in the background once the first frame is up. */
  readonly refreshOnStart: boolean;
  /**
   * Set when `initial` holds only the saved first screen: reads the whole library, which replaces it
   * right after the first frame.
   */
  readonly loadLibrary?: () => Generator<void, Library>;
  /** Told after every store write (tests and the demo may watch it). */
  readonly onQuit?: () => void;
}

// Seconds without input or updates before the reader hands garbage memory back.
const IDLE_GC_MS = 3000;

// Removes control characters a paste could carry into the search box.
const stripControls = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

function typeIntoSearch(names: readonly string[], dispatch: (a: Action) => void): void {
  let query = '';
  for (const name of names) {
    if (name === 'enter') {
      dispatch({ type: 'searchChange', query });
      dispatch({ type: 'searchSubmit' });
      return;
    }
    if (name === 'space') query += ' ';
    else if ([...name].length === 1) query += name;
  }
  if (query) dispatch({ type: 'searchChange', query: stripControls(query) });
}

/** The reader's root: the one useInput, the reducer, the terminal size. */
export function App({
  store,
  keymap,
  initial,
  now: initialNow,
  refreshOnStart,
  loadLibrary,
  onQuit,
}: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [state, setState] = useState(initial);
  const ref = useRef(state);
  const [now, setNow] = useState(() => initialNow ?? minuteNow());

  const runEffects = useRef<(effects: readonly Effect[]) => void>(() => {});
  const noteActivity = useMemo(() => idleCollector(IDLE_GC_MS), []);
  // Callers waiting for the whole library (the first frame's holds only the saved first screen).
  const wholeWaiters = useRef<(() => void)[]>([]);
  const dispatch = useCallback(
    (action: Action) => {
      noteActivity();
      const update = reduce(ref.current, action);
      ref.current = update.state;
      setState(update.state);
      if (update.effects.length > 0) runEffects.current(update.effects);
      if (!update.state.lib.partial && wholeWaiters.current.length > 0) {
        for (const resolve of wholeWaiters.current.splice(0)) resolve();
      }
    },
    [noteActivity],
  );
  const getLib = useCallback(() => ref.current.lib, []);
  const whenWhole = useCallback(
    () =>
      ref.current.lib.partial
        ? new Promise<void>((resolve) => wholeWaiters.current.push(resolve))
        : Promise.resolve(),
    [],
  );
  const startRefresh = useRefresh(store, dispatch, getLib, whenWhole);

  runEffects.current = (effects) => {
    for (const effect of effects) {
      switch (effect.type) {
        case 'setRead':
          store.setRead(effect.ids, effect.read);
          break;
        case 'setStarred':
          store.setStarred(effect.ids, effect.starred);
          break;
        case 'loadArticle':
          // After this frame: the view shows "Loading…" at once, keys keep flowing.
          setImmediate(() => {
            loadArticleDoc(store, effect.ref).then(
              (doc) => {
                if ('error' in doc) {
                  dispatch({ type: 'articleLoaded', ref: effect.ref, error: doc.error });
                  return;
                }
                dispatch({ type: 'articleLoaded', ref: effect.ref, doc });
                // Then the page's full text, when it can be had; the feed content stays otherwise.
                loadFullDoc(store, doc).then(
                  (full) => dispatch({ type: 'articleLoaded', ref: effect.ref, doc: full }),
                  () => {},
                );
              },
              (error: unknown) =>
                dispatch({
                  type: 'articleLoaded',
                  ref: effect.ref,
                  error: error instanceof Error ? error.message : String(error),
                }),
            );
          });
          break;
        case 'copy':
          dispatch({ type: 'message', text: 'Copying…' });
          void copyUrl(effect.url).then((text) => dispatch({ type: 'message', text }));
          break;
        case 'openUrl':
          void openInBrowser(effect.url).then((text) => dispatch({ type: 'message', text }));
          break;
        case 'refresh':
          startRefresh();
          break;
        case 'quit':
          onQuit?.();
          exit();
          break;
      }
    }
  };

  useEffect(() => {
    const onResize = () => {
      const width = stdout.columns || 80;
      const height = stdout.rows || 24;
      if (width !== ref.current.width || height !== ref.current.height)
        dispatch({ type: 'resize', width, height });
    };
    // The first state was sized before the reader mounted (and its first frame painted, start.ts): a
    // resize in between went unseen.
    onResize();
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, dispatch]);

  useEffect(() => {
    const timer = setInterval(() => setNow(minuteNow()), 60_000);
    timer.unref();
    return () => clearInterval(timer);
  }, []);

  useFirstScreen(store, ref, loadLibrary, dispatch);

  useEffect(() => {
    // The start-up garbage (parsed cache files) goes back once the first frames are up.
    noteActivity();
    // With no subscriptions there is nothing to refresh, and the hint to add some stays up.
    if (refreshOnStart && ref.current.lib.subscriptions.length > 0) setImmediate(startRefresh);
  }, [refreshOnStart, startRefresh, noteActivity]);

  const onInput = useCallback(
    (input: string, key: Key) => {
      if (ref.current.searching) {
        // The search box owns the keys; only Esc and Ctrl-C reach the keymap.
        if (key.escape) dispatch({ type: 'searchCancel' });
        else if (key.ctrl && input === 'c') dispatch({ type: 'command', command: 'forceQuit' });
        return;
      }
      const names = keyNames(input, key);
      for (let i = 0; i < names.length; i++) {
        const command = commandFor(keymap, contextOf(ref.current), names[i]!);
        if (command) dispatch({ type: 'command', command, key: names[i] });
        if (ref.current.searching) {
          // A burst like "/storm" carries the query after the slash: give it to the box, lose nothing.
          typeIntoSearch(names.slice(i + 1), dispatch);
          break;
        }
      }
    },
    [dispatch, keymap],
  );
  useInput(onInput);
  useRelated(store, state, dispatch);
  useGroups(state.lib, state.groups?.headlines === state.lib.headlines, state, dispatch);
  usePrefetch(store, state);

  const onSearchChange = useCallback(
    (query: string) => dispatch({ type: 'searchChange', query: stripControls(query) }),
    [dispatch],
  );
  const onSearchSubmit = useCallback(() => dispatch({ type: 'searchSubmit' }), [dispatch]);

  return (
    <Screen
      state={state}
      keymap={keymap}
      now={now}
      onSearchChange={onSearchChange}
      onSearchSubmit={onSearchSubmit}
    />
  );
}

interface ScreenProps {
  readonly state: State;
  readonly keymap: Keymap;
  readonly now: number;
  readonly onSearchChange: (q: string) => void;
  readonly onSearchSubmit: () => void;
}

/** The frame: header, body (panes, article or overlay), status bar. One row shorter than the terminal. */
export function Screen({ state, keymap, now, onSearchChange, onSearchSubmit }: ScreenProps) {
  const { width, height } = state;
  const layout = layoutFor(width, height);
  const frame = topFrame(state);
  const lines = useMemo(() => frameLines(frame, width), [frame, width]);
  let body: React.ReactNode;
  if (state.overlay === 'help') {
    body = (
      <HelpOverlay keymap={keymap} width={width} height={layout.bodyHeight} scroll={state.overlayScroll} />
    );
  } else if (state.overlay === 'errors') {
    body = (
      <ErrorList
        errors={state.errors}
        width={width}
        height={layout.bodyHeight}
        scroll={state.overlayScroll}
      />
    );
  } else if (frame) {
    body = (
      <ArticleView
        frame={frame}
        lines={lines}
        depth={state.stack.length}
        width={width}
        height={layout.bodyHeight}
      />
    );
  } else {
    const feeds = (
      <FeedsPane
        entries={state.feedEntries}
        sel={state.feedSel}
        offset={state.feedOffset}
        width={layout.feedsWidth}
        height={layout.bodyHeight}
        focused={state.pane === 'feeds'}
      />
    );
    const list = (
      <HeadlineList
        lib={state.lib}
        groups={state.groups}
        view={state.view}
        sel={state.sel}
        offset={state.offset}
        width={layout.listWidth}
        height={layout.bodyHeight}
        focused={state.pane === 'headlines'}
        now={now}
        emptyText={emptyListText(state)}
      />
    );
    if (!layout.twoPanes) body = state.pane === 'feeds' ? feeds : list;
    else {
      body = (
        <Box flexDirection="row" height={layout.bodyHeight}>
          {feeds}
          <Box width={1} height={layout.bodyHeight} flexDirection="column">
            <Text {...MUTED_STYLE}>{separatorText(layout.bodyHeight)}</Text>
          </Box>
          {list}
        </Box>
      );
    }
  }
  return (
    <Box flexDirection="column" width={width} height={Math.max(1, height - 1)}>
      {state.searching ? (
        <SearchBox
          query={state.filter.query}
          width={width}
          onChange={onSearchChange}
          onSubmit={onSearchSubmit}
        />
      ) : (
        <Header state={state} />
      )}
      <Box height={layout.bodyHeight}>{body}</Box>
      <StatusBar
        width={width}
        message={state.message}
        hints={statusHints(state, keymap)}
        right={statusRight(state)}
      />
    </Box>
  );
}

function Header({ state }: { readonly state: State }) {
  return (
    <Text {...HEADER_STYLE} wrap="truncate-end">
      {headerText(state)}
    </Text>
  );
}
