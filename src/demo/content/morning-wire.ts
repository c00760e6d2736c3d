import type { DemoOutlet } from './types.js';

/** An English-language regional wire service. JSON Feed. */
export const morningWire: DemoOutlet = {
  id: 'morning-wire',
  title: 'The Morning Wire',
  description: 'Short, plain reporting from the ports and islands of the region.',
  lang: 'en',
  tags: ['news', 'english'],
  format: 'json',
  feedCharset: 'utf-8',
  theme: 'newsroom',
  sections: ['Region', 'Business', 'Environment', 'Science', 'Culture'],
  labels: {
    related: 'More on this story',
    readAlso: 'READ MORE:',
    mostRead: 'Most popular',
    share: 'Share',
    copyLink: 'Copy URL',
    newsletterTitle: 'Wire Daily',
    newsletterText: 'The region in ten headlines, every weekday at 7.',
    subscribe: 'Subscribe',
    cookieText: 'This site uses cookies. By continuing you accept our cookie policy.',
    accept: 'OK',
    photo: 'Image',
    by: 'By',
    rights: 'Wire copy may not be republished without a licence.',
  },
  stories: [
    {
      slug: 'kalima-launches-battery-ferry',
      title: 'Kalima launches the region’s first battery ferry',
      dek: 'The port city’s harbour authority says three electric boats will replace its diesel fleet within a year.',
      author: 'Grace Tan',
      hoursAgo: 2,
      section: 'Region',
      event: 'ferry',
      image: {
        alt: 'Passengers with scooters boarding a small blue-and-white ferry',
        caption: 'Passengers board the Camar Biru in Kalima.',
      },
      body: [
        {
          p: 'KALIMA – The port city of Kalima on Tuesday put the region’s first battery-powered passenger ferry into service, a 30-metre boat that crosses Kalima Bay in 25 minutes and charges from solar panels at the pier.',
        },
        {
          p: 'The Camar Biru carried 112 passengers on its first crossing to Tanjung Pier. The harbour authority has ordered two more boats and says the last of its four diesel ferries will be retired within a year.',
        },
        {
          p: 'Electric ferries are common on short routes in northern Europe, but few operate in the tropics, where heat shortens battery life. The authority said the boat’s batteries are cooled with seawater and are guaranteed for eight years.',
        },
        {
          quote:
            'The crossing is short, the sun is free and the boat sits at the pier for fifteen minutes anyway. It was the obvious route to start with.',
          cite: 'Lestari Wibowo, chief engineer',
        },
        {
          p: 'The project cost 118 billion rupiah (about 7.4 million US dollars), including the pier canopy and battery bank. A development bank lent half at a low rate on condition that the authority publishes the boats’ energy use.',
        },
        {
          p: 'Two other ports in the region have said they are studying the Kalima route before ordering boats of their own.',
        },
      ],
      related: ['coral-restoration-kalima-bay', 'student-robot-plants-mangroves'],
    },
    {
      slug: 'coral-restoration-kalima-bay',
      title: 'Volunteers plant 10,000 coral fragments off Kalima',
      dek: 'A third round of reef restoration follows a first round in which seven in ten fragments survived.',
      author: 'Daniel Okafor',
      hoursAgo: 26,
      section: 'Environment',
      event: 'coral',
      image: {
        alt: 'A diver tying coral fragments onto a steel frame on a sandy sea floor',
        caption: 'Fragments are tied to sand-coated steel frames.',
      },
      body: [
        {
          p: 'KALIMA – More than 150 volunteers planted 10,000 coral fragments on steel frames off Karang Beach over the weekend, the third and largest round of a programme to rebuild a reef destroyed by blast fishing in the 1990s.',
        },
        {
          p: 'The frames, coated with sand so that coral larvae can settle on them, are laid in water three to six metres deep. In the first round, three years ago, 71 per cent of fragments survived; in the second, 64 per cent, after a warm year bleached part of the bay.',
        },
        {
          quote:
            'Survival of sixty to seventy per cent is good for restoration work. What matters now is keeping the water cool and clean.',
          cite: 'Rina Siregar, programme coordinator',
        },
        {
          p: 'Volunteers also removed more than 300 kilograms of rubbish from the sea floor during the two days, most of it old fishing nets and plastic bottles.',
        },
        {
          p: 'Fishermen who once used explosives now help maintain the frames, and the programme pays them for each dive. Divers photograph every frame every three months and publish the images so that anyone can check the results.',
        },
      ],
      related: ['kalima-launches-battery-ferry', 'kite-festival-record-crowd'],
    },
    {
      slug: 'student-robot-plants-mangroves',
      title: 'Student-built robot that plants mangroves wins regional contest',
      dek: 'Four vocational students from Kalima beat 31 teams with a tracked machine built partly from bicycle parts.',
      author: 'Grace Tan',
      hoursAgo: 22,
      section: 'Science',
      event: 'robot',
      image: {
        alt: 'A small robot on rubber tracks pressing a seedling into mud',
        caption: 'The robot plants a seedling during the final.',
      },
      body: [
        {
          p: 'KALIMA – A robot that plants mangrove seedlings in soft tidal mud, built by four students from a vocational school in Kalima, won the regional robotics final on Saturday.',
        },
        {
          p: 'The machine planted 40 seedlings in twelve minutes on a bed of mud brought from Kalima Bay. Judges praised its wide tracks, which keep it from sinking, and its log of GPS points, which lets planters check later which seedlings took root.',
        },
        {
          ul: [
            'Budget: 3.5 million rupiah, mostly for tracks and battery.',
            'Frame and gears: bicycle parts and a discarded printer.',
            'Software: a grid planner that runs on a tablet.',
          ],
        },
        {
          quote:
            'We did not want a clever robot. We wanted one that keeps working when it is covered in mud.',
          cite: 'Putri Anggraini, team captain',
        },
        {
          p: 'Mangroves protect coasts from storm surges and store large amounts of carbon, but planting them by hand in deep mud is slow and tiring work. Conservation groups in the region have asked the team to share its designs.',
        },
        {
          p: 'The team goes to the national final in two months.',
        },
      ],
      related: ['kalima-launches-battery-ferry', 'coral-restoration-kalima-bay'],
    },
    {
      slug: 'spice-exports-rebound',
      title: 'Regional spice exports rebound as shipping costs fall',
      dek: 'Clove and nutmeg shipments rose by a fifth in the last quarter, port figures show.',
      author: 'Daniel Okafor',
      hoursAgo: 46,
      section: 'Business',
      event: 'spice',
      image: {
        alt: 'Sacks of cloves stacked in a warehouse beside a loading dock',
        caption: 'Cloves waiting for shipment at a regional port warehouse.',
      },
      body: [
        {
          p: 'Exports of cloves, nutmeg and pepper from the region’s ports rose by about a fifth in the last quarter, according to port figures published on Thursday, as container rates fell back from last year’s highs.',
        },
        {
          table: {
            caption: 'Spice exports by quarter (tonnes)',
            head: ['Spice', 'Same quarter last year', 'Last quarter', 'Change'],
            rows: [
              ['Cloves', '4,210', '5,080', '+21%'],
              ['Nutmeg', '1,930', '2,270', '+18%'],
              ['Pepper', '6,400', '7,360', '+15%'],
            ],
          },
        },
        {
          p: 'Traders said buyers in Europe and the Middle East had run down stocks during the months when freight was expensive and were now ordering again. Prices paid to farmers have risen less than volumes, because of competition from other producing countries.',
        },
        {
          quote: 'The boats are full again. What we need now is for farmers to see more of the price.',
          cite: 'Hendra Wijaya, exporters’ association',
        },
        {
          p: 'Shipping lines have added two weekly container calls at the region’s larger ports since the summer, cutting the time cargo waits on the quay from about nine days to four.',
        },
        {
          p: 'Kalima, which ships about a tenth of the region’s cloves, said its new warehouse at Tanjung Pier would open next month.',
        },
      ],
      related: ['kite-festival-record-crowd', 'kalima-launches-battery-ferry'],
    },
    {
      slug: 'kite-festival-record-crowd',
      title: 'Kite festival on Karang Beach draws a record 40,000',
      dek: 'A 30-metre manta ray built in a mosque courtyard won the creative category.',
      author: 'Grace Tan',
      hoursAgo: 57,
      section: 'Culture',
      event: 'kites',
      image: {
        alt: 'A giant manta-ray kite above a crowded beach',
        caption: 'The winning manta-ray kite over Karang Beach.',
      },
      body: [
        {
          p: 'KALIMA – About 40,000 people came to the Karang Beach kite festival over the weekend, the most since it began in 2008, to watch 600 kites from twelve provinces and three countries.',
        },
        {
          p: 'A 30-metre kite shaped like a manta ray, built by a Kalima team over four months in a mosque courtyard, won the creative category. Fighting kites, flown on glass-coated lines, drew the loudest crowds.',
        },
        {
          quote: 'You need three people just to launch it and six to bring it down.',
          cite: 'Arif Nugroho, the manta’s builder',
        },
        {
          p: 'A 100-metre-tailed kite from Bali won the traditional category, rising on its second attempt to loud cheers, and a team of fishermen from the town’s northern beach won the fighting-kite contest.',
        },
        {
          p: 'Organisers said car parks were full by nine in the morning and that next year they would run shuttle buses from the ferry pier.',
        },
      ],
      related: ['coral-restoration-kalima-bay', 'spice-exports-rebound'],
    },
    {
      slug: 'record-rain-floods-kalima-market',
      title: 'Record rain floods Kalima night market',
      dek: 'A storm dropped 168 mm of rain in six hours, the most since records began in 1978.',
      author: 'Daniel Okafor',
      hoursAgo: 8,
      section: 'Region',
      event: 'flood',
      image: {
        alt: 'Vendors wading through floodwater between closed market stalls',
        caption: 'Vendors move stock from the flooded market.',
      },
      body: [
        {
          p: 'KALIMA – A storm that stalled over the port city of Kalima on Sunday dropped 168 millimetres of rain in six hours, flooding the Pasar Senja night market and forcing about 200 stalls to close until Friday.',
        },
        {
          p: 'The city’s weather station, opened in 1978, had never recorded as much rain in one evening. The Pelita canal, which runs beside the market, overflowed shortly after nine o’clock.',
        },
        {
          quote:
            'We had twenty minutes to carry out the gas cylinders. After that the water was at the counters.',
          cite: 'A noodle vendor at the market',
        },
        {
          p: 'No injuries were reported. Stallholders who lost stock can apply for grants of up to two million rupiah, and the city says the lower canal will be dredged in the dry season.',
        },
        {
          p: 'Fishermen in the bay received a warning of the storm about 40 minutes before it reached the town, from a network of low-cost weather sensors fitted to their boats this year.',
        },
      ],
      related: ['kalima-launches-battery-ferry', 'spice-exports-rebound'],
    },
  ],
};
