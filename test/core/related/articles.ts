import type { Article } from '../../../src/core/types.js';

/** A small multi-outlet set: the same events covered by two feeds, in English and Indonesian. */
export const WIRE = 'https://wire.example/feed.xml';
export const POST = 'https://jakartapost.example/rss';
export const KOMPAS = 'https://kompas.example/rss';

function article(
  feed: string,
  id: string,
  title: string,
  summary: string,
  published: string,
  url?: string,
): Article {
  return {
    id,
    feed,
    title,
    summary,
    published,
    firstSeen: published,
    enclosures: [],
    url: url ?? `${feed.replace(/\/[^/]*$/, '')}/${id}`,
  };
}

export const wire: Article[] = [
  article(
    WIRE,
    'w1',
    'Mount Semeru erupts, thousands flee ash in East Java',
    "<p>Indonesia's Mount Semeru erupted on Saturday, sending hot ash clouds down its slopes and forcing thousands of villagers in Lumajang to flee, the disaster agency said.</p>",
    '2026-11-21T08:00:00Z',
  ),
  article(
    WIRE,
    'w2',
    'Iceland volcano erupts again near Grindavik',
    "<p>A volcano on Iceland's Reykjanes peninsula erupted again on Friday, the meteorological office said, the latest in a series of eruptions near the fishing town of Grindavik.</p>",
    '2026-11-20T10:00:00Z',
  ),
  article(
    WIRE,
    'w3',
    'Central bank holds interest rates steady',
    '<p>The central bank kept its benchmark interest rate unchanged on Thursday, citing stable inflation and a firm currency.</p>',
    '2026-11-20T09:00:00Z',
  ),
  article(
    WIRE,
    'w4',
    'Floods swamp homes in East Jakarta after heavy rain',
    '<p>Floods inundated thousands of homes in East Jakarta after a night of heavy rain, with water reaching one metre in places.</p>',
    '2026-11-18T03:00:00Z',
  ),
];

export const post: Article[] = [
  article(
    POST,
    'p1',
    'Semeru eruption: Lumajang residents evacuated as ash falls',
    '<p>Residents of villages on the slopes of Mount Semeru in Lumajang regency were evacuated on Saturday after the volcano spewed hot ash, officials said.</p>',
    '2026-11-21T11:00:00Z',
  ),
  article(
    POST,
    'p2',
    'Jakarta governor inaugurates new MRT line',
    '<p>The Jakarta governor inaugurated the second MRT line on Friday, linking the city centre with the northern port area.</p>',
    '2026-11-20T05:00:00Z',
  ),
  article(
    POST,
    'p3',
    'Mount Semeru erupts, thousands flee ash in East Java',
    '<p>Syndicated copy of the wire story, identical title.</p>',
    '2026-11-21T09:00:00Z',
  ),
  article(
    POST,
    'p4',
    'Old Semeru eruption remembered',
    '<p>A look back at the Semeru eruption in Lumajang, years ago: hot ash and villagers who fled.</p>',
    '2025-01-05T00:00:00Z',
  ),
];

export const kompas: Article[] = [
  article(
    KOMPAS,
    'k1',
    'Gunung Semeru Erupsi, Ribuan Warga Lumajang Mengungsi',
    '<p>Gunung Semeru di Kabupaten Lumajang, Jawa Timur, kembali erupsi pada Sabtu pagi. Awan panas guguran membuat ribuan warga mengungsi.</p>',
    '2026-11-21T07:00:00Z',
  ),
  article(
    KOMPAS,
    'k2',
    'Banjir Rendam Ribuan Rumah di Jakarta Timur',
    '<p>Banjir merendam ribuan rumah warga di Jakarta Timur setelah hujan deras sejak Minggu malam.</p>',
    '2026-11-18T01:00:00Z',
  ),
  article(
    KOMPAS,
    'k3',
    'Bank Indonesia Tahan Suku Bunga Acuan',
    '<p>Bank Indonesia menahan suku bunga acuan pada rapat dewan gubernur bulan ini.</p>',
    '2026-11-20T07:00:00Z',
  ),
];
