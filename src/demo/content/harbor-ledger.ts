import type { DemoOutlet } from './types.js';

/** An English-language city daily in Kalima, a fictional port town. Atom feed, UTF-8. */
export const harborLedger: DemoOutlet = {
  id: 'harbor-ledger',
  title: 'The Harbor Ledger',
  description: 'News from Kalima and the bay, every morning since 1911.',
  lang: 'en',
  tags: ['news', 'english'],
  format: 'atom',
  feedCharset: 'utf-8',
  theme: 'newsroom',
  sections: ['City', 'Harbor', 'Schools', 'Weather', 'Opinion'],
  labels: {
    related: 'Related stories',
    readAlso: 'Read also:',
    mostRead: 'Most read',
    share: 'Share this story',
    copyLink: 'Copy link',
    newsletterTitle: 'The Ledger Morning Brief',
    newsletterText: 'Five stories from the bay in your inbox before the first ferry leaves.',
    subscribe: 'Sign up',
    cookieText: 'We use cookies to count readers and remember your settings.',
    accept: 'Accept all',
    photo: 'Photo',
    by: 'By',
    rights: 'All rights reserved.',
  },
  stories: [
    {
      slug: 'electric-ferry-crosses-kalima-bay',
      title: 'Electric ferry Camar Biru makes first crossing of Kalima Bay',
      dek: 'The city’s first battery-powered ferry cut the trip to Tanjung Pier to 25 minutes, with a fare of 8,000 rupiah.',
      author: 'Maya Fernandes',
      hoursAgo: 3,
      section: 'Harbor',
      event: 'ferry',
      image: {
        alt: 'A white ferry with a blue stripe leaving the pier at sunrise',
        caption: 'Camar Biru leaves Old Town pier on its first morning run.',
      },
      body: [
        {
          p: 'The first electric ferry on Kalima Bay left the Old Town pier at 6:10 on Tuesday morning with 112 passengers, two bicycles and a crate of mangosteens, and tied up at Tanjung Pier 25 minutes later. The diesel boats it will replace needed about 40 minutes for the same 12-kilometre crossing.',
        },
        {
          p: 'The boat, named Camar Biru after the blue gulls that follow the fishing fleet, is the first of three that the harbour authority ordered two years ago. The second is due in March and the third before the rainy season, when the authority plans to retire the last of its diesel ferries.',
        },
        {
          quote:
            'It is quiet enough that you can hear the water against the hull. My grandfather worked these boats for forty years and never heard that.',
          cite: 'Rudi Hartono, deckhand',
        },
        {
          p: 'The ferry charges at the pier from a canopy of solar panels and a battery bank that fills during the day. A full charge takes about fifteen minutes, which fits in the turnaround between crossings, according to the authority’s chief engineer, Lestari Wibowo.',
        },
        { h2: 'What changes for passengers' },
        {
          ul: [
            'Crossings every 30 minutes from 6:00 to 21:00, every hour at weekends.',
            'A single fare of 8,000 rupiah; children under 12 and bicycles travel free.',
            'Tickets by card or phone at the gate; cash stays on the diesel boats for now.',
          ],
        },
        {
          p: 'Not everyone is pleased. Stallholders at Tanjung Pier said the shorter crossing means fewer people linger at their food carts while they wait. The authority said it would review the timetable after three months and publish passenger numbers every week.',
        },
        {
          p: 'Mayor Dewi Santoso, who rode the first crossing, called the ferry “a bus on the water that never coughs.” The city council will vote next month on whether to extend the service to the islands at the mouth of the bay.',
        },
      ],
      related: ['lighthouse-restoration-finished', 'vocational-robot-mangroves'],
    },
    {
      slug: 'night-market-flooded-record-rain',
      title: 'Record rain floods Pasar Senja night market; stalls closed until Friday',
      dek: 'Kalima recorded 168 millimetres of rain in six hours, the most since the weather station opened in 1978.',
      author: 'Ahmad Kusuma',
      hoursAgo: 9,
      section: 'Weather',
      event: 'flood',
      image: {
        alt: 'Plastic chairs floating between food stalls in knee-deep brown water',
        caption: 'Water reached the counters of the stalls nearest the canal.',
      },
      body: [
        {
          p: 'A storm that stalled over Kalima on Sunday evening dropped 168 millimetres of rain in six hours and flooded the Pasar Senja night market to knee height, forcing about 200 stallholders to close. The city weather station, which opened in 1978, had never recorded as much rain in a single evening.',
        },
        {
          p: 'The market sits on reclaimed land beside the Pelita canal, which overflowed shortly after nine o’clock. Vendors said they had about twenty minutes to carry gas cylinders and cool boxes to higher ground before the water reached their counters.',
        },
        {
          table: {
            caption: 'Heaviest six-hour rainfall at Kalima station',
            head: ['Year', 'Rain (mm)', 'Market closed'],
            rows: [
              ['1994', '121', '2 days'],
              ['2009', '134', '3 days'],
              ['2017', '149', '4 days'],
              ['This week', '168', 'Until Friday'],
            ],
          },
        },
        {
          p: 'The market association said most stalls would reopen on Friday after the drains are cleared and the electricity board has checked every connection. Traders who lost stock can apply for a one-off grant of up to two million rupiah at the district office.',
        },
        {
          quote:
            'We rebuilt after 2017 and we will rebuild again, but the canal has to be dredged. Every year it is shallower.',
          cite: 'Siti Rahmawati, market association',
        },
        {
          p: 'The public works office said dredging of the lower Pelita canal is scheduled for the dry season. Residents can report blocked drains through the city’s hotline or at any ward office.',
        },
      ],
      related: ['bike-lanes-jalan-pelita', 'electric-ferry-crosses-kalima-bay'],
    },
    {
      slug: 'vocational-robot-mangroves',
      title: 'Kalima students win regional robotics final with a mangrove-planting robot',
      dek: 'The team from SMK 3 Kalima built a tracked robot that plants seedlings in mud too soft to walk on.',
      author: 'Maya Fernandes',
      hoursAgo: 20,
      section: 'Schools',
      event: 'robot',
      image: {
        alt: 'Four students in orange shirts kneel beside a small tracked robot on mud',
        caption: 'The SMK 3 team with their robot at the test site.',
      },
      body: [
        {
          p: 'Four students from the SMK 3 Kalima vocational school won the regional robotics final on Saturday with a machine that plants mangrove seedlings in tidal mud, beating 31 teams from across the province.',
        },
        {
          p: 'The robot runs on wide rubber tracks, pushes a seedling into the mud with a spring-loaded arm and marks each planting spot with a GPS point. In the final, it planted 40 seedlings in twelve minutes on a test bed of real mud brought from the bay.',
        },
        {
          ol: [
            'Drive to the next point on a grid drawn on a tablet.',
            'Probe the mud to check it is soft enough.',
            'Plant the seedling and press the mud around it.',
            'Record the spot and move on.',
          ],
        },
        {
          quote: 'We tested it on the beach behind the school every afternoon. The first version sank.',
          cite: 'Putri Anggraini, team captain',
        },
        {
          p: 'Their teacher, Bambang Setiawan, said the team spent most of its 3.5-million-rupiah budget on the tracks and the battery. The rest of the robot is built from bicycle parts and a discarded printer.',
        },
        {
          p: 'The team will represent the province at the national final in Surabaya in two months. The city’s coastal office has asked to borrow the robot for a planting day along the eastern shore before then.',
        },
      ],
      related: ['electric-ferry-crosses-kalima-bay', 'bike-lanes-jalan-pelita'],
    },
    {
      slug: 'lighthouse-restoration-finished',
      title: 'Kalima’s 1898 lighthouse shines again after a three-year restoration',
      dek: 'The cast-iron tower on Karang Point reopens to visitors on Sunday with its original lens back in place.',
      author: 'Thomas Lim',
      hoursAgo: 34,
      section: 'City',
      image: {
        alt: 'A red and white cast-iron lighthouse against an evening sky',
        caption: 'The Karang Point lighthouse after its new coat of paint.',
      },
      body: [
        {
          p: 'The lighthouse on Karang Point, which has guided ships into Kalima Bay since 1898, was switched back on on Wednesday evening after a three-year restoration that replaced rusted iron plates, rebuilt the spiral stair and returned its original glass lens.',
        },
        {
          p: 'The lens, made in Paris and shipped to Kalima in eleven crates, was taken down in 2021 when engineers found cracks in the lamp room floor. Two of its prisms had to be recast; the rest were cleaned by hand by a team of four over six months.',
        },
        {
          table: {
            caption: 'Where the restoration money went',
            head: ['Work', 'Cost (million rupiah)'],
            rows: [
              ['Iron plates and rivets', '1,850'],
              ['Spiral stair', '620'],
              ['Lens cleaning and two new prisms', '940'],
              ['Paint and lightning protection', '310'],
            ],
          },
        },
        {
          p: 'The tower opens to visitors on Sunday. Groups of twelve can climb the 148 steps to the gallery every half hour between 9:00 and 16:00; tickets cost 15,000 rupiah and children under seven are not allowed on the stair.',
        },
        {
          quote:
            'Every fisherman in this town learned to read that light before he learned to read the newspaper.',
          cite: 'Harun Basri, former keeper',
        },
        {
          p: 'The light itself now runs on an LED lamp behind the old lens, which the harbour authority said uses a tenth of the power of the bulb it replaced while keeping the familiar pattern of two flashes every ten seconds.',
        },
      ],
      related: ['electric-ferry-crosses-kalima-bay', 'bike-lanes-jalan-pelita'],
    },
    {
      slug: 'bike-lanes-jalan-pelita',
      title: 'Council approves protected bike lanes on Jalan Pelita',
      dek: 'Two kilometres of kerbed lanes will link the ferry pier with the university by the end of the year.',
      author: 'Ahmad Kusuma',
      hoursAgo: 52,
      section: 'City',
      image: {
        alt: 'Cyclists and motorbikes sharing a busy street lined with shophouses',
        caption: 'Jalan Pelita at rush hour, before the works begin.',
      },
      body: [
        {
          p: 'Kalima city council voted 21 to 9 on Monday to build protected bike lanes along two kilometres of Jalan Pelita, the busy street that runs from the Old Town ferry pier to the university gate.',
        },
        {
          p: 'The lanes will be separated from traffic by a low kerb and a row of planters, and will replace one lane of parking on each side. Work is due to start after the rainy season and finish before the end of the year.',
        },
        { h2: 'What the plan includes' },
        {
          ul: [
            'Kerbed lanes 1.8 metres wide on both sides of the street.',
            'Raised crossings at the market, the mosque and the school.',
            'Forty new bicycle racks at the ferry pier.',
            'Loading bays for shops between 6:00 and 10:00.',
          ],
        },
        {
          p: 'Shop owners had argued that losing parking would cost them customers. The council added the morning loading bays after a petition signed by 300 traders, and said it would count footfall before and after the works.',
        },
        {
          quote:
            'My daughter cycles to the university. I want her to get there without a truck at her elbow.',
          cite: 'Councillor Rina Halim',
        },
        {
          p: 'The works cost an estimated 9.4 billion rupiah, about a third of it from a national fund for low-carbon transport. The drainage along the street will be rebuilt at the same time, after the floods that closed the night market this week.',
        },
      ],
      related: ['night-market-flooded-record-rain', 'electric-ferry-crosses-kalima-bay'],
    },
    {
      slug: 'spice-exports-rebound-wire',
      title: 'Regional spice exports rebound as shipping costs fall',
      dek: 'Clove and nutmeg shipments rose by a fifth in the last quarter; Kalima’s new warehouse opens next month.',
      author: 'The Morning Wire',
      hoursAgo: 45,
      section: 'Harbor',
      event: 'spice',
      image: {
        alt: 'Workers stacking sacks of cloves on pallets at a quay',
        caption: 'Cloves being loaded at Tanjung Pier.',
      },
      body: [
        {
          p: 'Exports of cloves, nutmeg and pepper from the region’s ports rose by about a fifth in the last quarter, according to port figures published on Thursday, as container rates fell back from last year’s highs.',
        },
        {
          p: 'Traders said buyers in Europe and the Middle East had run down stocks while freight was expensive and were now ordering again. Prices paid to farmers have risen less than volumes.',
        },
        {
          quote: 'The boats are full again. What we need now is for farmers to see more of the price.',
          cite: 'Hendra Wijaya, exporters’ association',
        },
        { h2: 'What it means for Kalima' },
        {
          p: 'Kalima ships about a tenth of the region’s cloves, most of it grown on the hills above the Pelita valley. The harbour authority said clove tonnage through Tanjung Pier was up 24 per cent on the quarter, slightly more than the regional figure.',
        },
        {
          ul: [
            'The new bonded warehouse at Tanjung Pier opens next month, with room for 3,000 tonnes.',
            'Two extra container calls a week since the summer.',
            'Growers’ cooperatives can book space directly, without an agent.',
          ],
        },
        {
          p: 'Additional reporting by the Ledger’s harbour desk.',
        },
      ],
      related: ['electric-ferry-crosses-kalima-bay', 'lighthouse-restoration-finished'],
    },
  ],
};
