// Generic boilerplate patterns. Every one names a kind of page furniture found on many sites, in
// several languages; none is keyed to a particular site.

/** class/id tokens of elements that are furniture, not story (tested on tokens split at - _ and space). */
export const FURNITURE_TOKEN =
  /^(share|sharing|sharebar|social|socials|newsletter|newsletters|cookie|cookies|consent|gdpr|subscribe|subscription|signup|promo|advert|advertisement|ads|adslot|breadcrumb|breadcrumbs|related|recommended|recommendations|outbrain|taboola|popular|trending|toolbar|skiplink|rollover|tooltip|popover|sr|screenreader|visually|offscreen|print|donate|paywall|comments|disqus)$/i;

/** Compound class names that mean the same thing (no separator between the words). */
export const FURNITURE_CLASS =
  /(sharebutton|socialshare|sharetools|shareicons|newsletter|cookiebanner|cookienotice|readmore|readalso|relatedposts|relatedarticles|relatedstories|relatedlinks|morestories|moreonthis|adcontainer|adwrapper|adunit|adblock|sponsored|captioncredit|imagecredit|photocredit|authorbio|aboutauthor|author-bio|visually-hidden|sr-only|screen-reader|off-screen)/i;

/** class/id words of caption and credit furniture inside the body. */
export const CAPTION_TOKEN =
  /^(caption|captions|credit|credits|copyright|figcaption|photocredit|imagecredit)$/i;

/** class/id words that mark story content (embedded posts, quotes) even inside furniture-named wrappers. */
export const CONTENT_TOKEN = /^(embed|embedded|tweet|twitter|instagram|blockquote|quote|pullquote)$/i;

/** A photo credit line ("Jane Doe | Bloomberg | Getty Images"). */
export const CREDIT_LINE =
  /(getty ?images|shutterstock|reuters|afp|ap photo|associated press|epa(-efe)?|bloomberg|istock(photo)?|alamy|pa (media|wire)|antara( foto)?)\s*\)?$/i;

/** Subscription and app promos, wherever they sit in a short paragraph. */
export const PROMO_TEXT =
  /\b(sign up (for|to|now|today|here)|subscribe (to|now|today|for|here)|delivered (to|through|in) your (inbox|letterbox|door|mailbox)|right in your inbox|for as little as|join our .{0,30}(forums?|community|newsletter)|download (the|our) .{0,30}app|have a (news )?tip\?|post (a )?comment)/i;

/** What makes a promo phrase a promo: it is about a newsletter/app/forum, or the paragraph opens with the call. */
export const PROMO_CONTEXT =
  /^\W*(sign up|subscribe|join|download|get|have a)\b|newsletter|inbox|letterbox|mailbox|\bapp\b|forums?\b|subscriptions?\b|comment/i;

/** Headings/labels that introduce a block of links to other stories. */
export const RELATED_LABEL =
  /^\W*(you (may|might) (also )?(like|enjoy|be interested)|related( (stories|articles|posts|news|content|coverage|links|reading))?|read (also|more|next)|also read|more (from|on|about|stories|news|like this|coverage)|recommended( (for you|stories|reading))?|don'?t miss|see (also|more)|most (popular|read|viewed)|trending( now)?|latest (news|stories)|further reading|more\s*:|more .{0,30}(stories|articles|news)$|also on\b|watch( more)?:|baca juga|lihat juga|simak juga|artikel terkait|berita terkait|lesen sie auch|mehr zum thema|auch interessant|à lire aussi|lire aussi|sur le même sujet|leer más|lee también|te puede interesar|leia também|veja também|leggi anche|potrebbe interessarti|lees ook|czytaj też|читайте также|もっと見る|関連記事|相关阅读|相關新聞)\b/i;

/** Short lines that are furniture wherever they appear. */
export const FURNITURE_TEXT =
  /^\W*(skip to (main )?content|advert(isement)?|anzeige|iklan|sponsored( content)?|continue reading( below)?|story continues below|article continues below|this slideshow requires javascript|(click|tap) here to|get the .{1,40} app|sign up (for|to)|subscribe (to|now|for|today)|follow (us|him|her|them) on|share (this|on|via)|like this (story|article)\?|copy (the )?(url|link)|link copied|copied to clipboard|(url|link) (copied|disalin)|salin (tautan|link)|tell us what you think|comments?$|leave a (comment|reply)|this (post|article|page) (may )?contains? affiliate|all rights reserved|(©|\(c\)|copyright\b)|image (copyright|caption)|(image|photo|picture|foto|gambar|bild|credit|source|sumber)s?( credit)?\s*:|getty images$|reuters$|ap photo|afp$|updated:?$|posted:?\s|(first )?published:?\s|updated:?\s|last (updated|modified)|diperbarui|dipublikasikan|we use cookies|this (web)?site uses cookies|by continuing to (use|browse)|accept (all )?cookies)/i;

/** A line that is only a date/time stamp (possibly with posted/updated labels). */
export const DATE_LINE =
  /^[\s|:;,.-]*((posted|updated|published|modified|diperbarui|dipublikasikan|terbit)\b[\s:]*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?((\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?,?\s*)|(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*)|((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s*(\d{4})?,?\s*)|(\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)[a-z]*\.?,?\s*(\d{4})?,?\s*)|(\d{4}\s*)|((posted|updated|published)\b[\s:;]*)|(ago\b\s*)|(\d+\s+(minutes?|hours?|days?|menit|jam|hari)\s*)|[|;,]\s*)+$/i;

/** "By Jane Doe" lines (bylines repeated in the body). */
export const BYLINE_LINE =
  /^(by|oleh|von|par|por|di|door|av|af)\s+[\p{Lu}][\p{L}'’.-]*(\s+[\p{L}'’.-]+){0,4}(\s*(,|and|&|-|–|\|)\s*.*)?$/u;
