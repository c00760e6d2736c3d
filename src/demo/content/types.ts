/** The shape of the bundled demo site: outlets (one feed each) and their stories, as plain data. */

/** One block of an article body. Text is plain (the page template escapes it). */
export type Block =
  | { readonly p: string }
  | { readonly h2: string }
  | { readonly ul: readonly string[] }
  | { readonly ol: readonly string[] }
  | { readonly quote: string; readonly cite?: string }
  | {
      readonly table: {
        readonly caption: string;
        readonly head: readonly string[];
        readonly rows: readonly (readonly string[])[];
      };
    };

export interface DemoStory {
  /** Unique within its outlet; also the last part of the page's path. */
  readonly slug: string;
  readonly title: string;
  /** The teaser the feed carries (the page carries the whole story). */
  readonly dek: string;
  readonly author: string;
  /** How long before "now" the story was published, so the demo always looks fresh. */
  readonly hoursAgo: number;
  readonly section: string;
  /** Names the real-world event the story covers; stories of other outlets with the same event tell the same story. */
  readonly event?: string;
  /** BCP 47 tag when the story is not in the outlet's language. */
  readonly lang?: string;
  readonly image: { readonly alt: string; readonly caption: string };
  readonly body: readonly Block[];
  /** Slugs of the outlet's stories this one links to as related (made symmetric by the site builder). */
  readonly related: readonly string[];
}

/** Words an outlet's page chrome uses, in its own language. */
export interface OutletLabels {
  readonly related: string;
  readonly readAlso: string;
  readonly mostRead: string;
  readonly share: string;
  readonly copyLink: string;
  readonly newsletterTitle: string;
  readonly newsletterText: string;
  readonly subscribe: string;
  readonly cookieText: string;
  readonly accept: string;
  readonly photo: string;
  readonly by: string;
  readonly rights: string;
}

export interface DemoOutlet {
  /** Path prefix of the outlet's pages and the name of its feed file. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly lang: string;
  readonly tags: readonly string[];
  readonly format: 'atom' | 'rss' | 'json';
  /** The feed document's encoding; windows-1252 shows newsink's charset handling. */
  readonly feedCharset: 'utf-8' | 'windows-1252';
  /** Page markup flavour: a WordPress-like theme or a newsroom CMS. */
  readonly theme: 'wordpress' | 'newsroom';
  readonly sections: readonly string[];
  readonly labels: OutletLabels;
  readonly stories: readonly DemoStory[];
}
