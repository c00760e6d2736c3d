/**
 * The words pages use to label related links and the widgets that are not related links, in many
 * languages. Matched against text and attributes folded by `fold` (lower case, no diacritics, runs
 * of other characters as one space).
 */

/** Lower case, NFKC, diacritics removed, camelCase split, anything but letters/digits as single spaces. */
export function fold(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// A heading or label that introduces related links. Folded text, so "À lire aussi" is "a lire aussi".
const RELATED_PHRASES = [
  'related',
  'related stories',
  'related articles',
  'related news',
  'related coverage',
  'related content',
  'related posts',
  'related links',
  'related reading',
  'more on this story',
  'more on this topic',
  'more about this story',
  'see also',
  'read also',
  'also read',
  'read more',
  'terkait',
  'berita terkait',
  'artikel terkait',
  'baca juga',
  'lihat juga',
  'simak juga',
  'berita berkaitan',
  'artikel berkaitan',
  'lesen sie auch',
  'lesen sie dazu auch',
  'mehr zum thema',
  'siehe auch',
  'auch interessant',
  'a lire aussi',
  'lire aussi',
  'a lire egalement',
  'voir aussi',
  'sur le meme sujet',
  'leer tambien',
  'lee tambien',
  'te puede interesar',
  'noticias relacionadas',
  'ver tambien',
  'leia tambem',
  'veja tambem',
  'noticias relacionadas',
  'materias relacionadas',
  'leggi anche',
  'articoli correlati',
  'lees ook',
  'gerelateerd',
  'ilgili haberler',
  'похожие новости',
  'читайте также',
  'по теме',
  'смотрите также',
  '関連記事',
  '関連ニュース',
  '関連',
  '相关新闻',
  '相关文章',
  '相关阅读',
  '延伸阅读',
  '相關新聞',
  '相關文章',
  '延伸閱讀',
  '관련 기사',
  '관련기사',
];

// The same labels as they appear in class names and ids ("jp-relatedposts", "baca-juga", "seeAlso").
const RELATED_ATTRIBUTE =
  /(?:^| )(?:related|relatedposts?|relatedarticles?|relatedstories|relatednews|related[a-z]*|terkait|baca juga|bacajuga|read also|readalso|also read|alsoread|see also|seealso|more on this story|lesen sie auch|lesenauch|mehr zum thema|mehrzumthema|siehe auch|a lire aussi|lire aussi|voir aussi|leer tambien|leertambien|te puede interesar|leia tambem|leiatambem|veja tambem|relacionad[ao]s?|correlat[io]|leggi anche|gerelateerd|relatedlink|isrelatedto)(?: |$)/;

// Widgets that list links but are not about this story; navigation, sharing and tags.
const NOT_RELATED_ATTRIBUTE =
  /(?:^| )(?:nav|navbar|navigation|menu|menus|breadcrumbs?|header|masthead|latest|terbaru|newest|popular|populer|terpopuler|most read|mostread|most viewed|mostviewed|most popular|mostpopular|trending|top stories|topstories|hot news|share|sharing|social|sosmed|tags?|tag list|taglist|tagcloud|topics?|category|categories|kategori|comments?|komentar|newsletter|advert|ads|adv|iklan|sponsored|promo|footer nav|pagination|pager)(?: |$)/;

// Wrappers that make everything inside them something other than this story's related links.
const OTHER_WIDGET_ATTRIBUTE =
  /(?:^| )(?:nav|navbar|navigation|menu|menus|breadcrumbs?|latest|terbaru|popular|populer|terpopuler|most read|mostread|most viewed|mostviewed|most popular|mostpopular|trending)(?: |$)/;

const NOT_RELATED_HEADING =
  /^(?:latest|latest news|newest|most read|most popular|most viewed|most shared|popular|trending|trending now|top stories|terbaru|berita terbaru|terpopuler|berita terpopuler|populer|paling banyak dibaca|tags?|topics?|topik|tag terkait|topik terkait|share|bagikan|meistgelesen|neueste|les plus lus|les plus populaires|a la une|lo mas leido|mas leidas|ultimas noticias|mais lidas|mais lidas da semana|ultimas|popolari|人気記事|人気|最新|热门|最新新闻|熱門|популярное|самое читаемое|последние новости)$/;

const RELATED_HEADING = new RegExp(
  `^(?:${RELATED_PHRASES.map((phrase) => fold(phrase).replace(/ /g, ' ?')).join('|')})(?: \\p{L}+){0,2}$`,
  'u',
);

// "Baca juga: <link>" inside the body: the label, then a colon or dash, then the link.
const INLINE_LABEL = new RegExp(
  `^(?:${RELATED_PHRASES.filter((phrase) => phrase !== 'related' && phrase !== '関連')
    .map((phrase) => fold(phrase).replace(/ /g, ' ?'))
    .join('|')})$`,
  'u',
);

/** Whether a short heading text ("Berita Terkait", "Mehr zum Thema") introduces related links. */
export function isRelatedHeading(text: string): boolean {
  const folded = fold(text);
  if (folded.length === 0 || folded.length > 60) return false;
  return RELATED_HEADING.test(folded) && !NOT_RELATED_HEADING.test(folded);
}

/** Whether a heading text names a widget that is not about this story ("Most read", "Terpopuler"). */
export function isOtherHeading(text: string): boolean {
  const folded = fold(text);
  return folded.length > 0 && folded.length <= 60 && NOT_RELATED_HEADING.test(folded);
}

/** Whether the label before an inline link ("Baca juga:", "Read also –") marks it as related. */
export function isInlineLabel(text: string): boolean {
  return INLINE_LABEL.test(fold(text));
}

/** Whether class/id/aria/data attributes (already folded) mark a related-links box. */
export function isRelatedAttribute(folded: string): boolean {
  return RELATED_ATTRIBUTE.test(folded);
}

/** Whether class/id/aria attributes (already folded) mark navigation, sharing, tags or another widget. */
export function isOtherAttribute(folded: string): boolean {
  return NOT_RELATED_ATTRIBUTE.test(folded);
}

/** Whether a wrapper's attributes (already folded) make it navigation or a latest/popular widget. */
export function isOtherWidgetAttribute(folded: string): boolean {
  return OTHER_WIDGET_ATTRIBUTE.test(folded);
}
