import type { DemoOutlet } from './types.js';

/** A small technology blog about the bay's engineering projects; RSS 2.0 in UTF-8, with a Japanese and a Chinese post. */
export const lanternTech: DemoOutlet = {
  id: 'lantern-tech',
  title: 'Lantern Tech Notes',
  description: 'How things are built around the bay: boats, robots, sensors and open data.',
  lang: 'en',
  tags: ['tech'],
  format: 'rss',
  feedCharset: 'utf-8',
  theme: 'wordpress',
  sections: ['Hardware', 'Energy', 'Data', 'Notes'],
  labels: {
    related: 'Related posts',
    readAlso: 'See also:',
    mostRead: 'Trending',
    share: 'Share',
    copyLink: 'Copy link',
    newsletterTitle: 'Lantern Weekly',
    newsletterText: 'One long read about engineering by the sea, every Friday.',
    subscribe: 'Join',
    cookieText: 'We use a single cookie to remember that you closed this banner.',
    accept: 'Got it',
    photo: 'Photo',
    by: 'Posted by',
    rights: 'Text licensed CC BY 4.0.',
  },
  stories: [
    {
      slug: 'inside-the-mangrove-robot',
      title: 'Inside the mangrove robot: tracks, springs and a printer carriage',
      dek: 'How four students made a planting robot that does not sink, for 3.5 million rupiah.',
      author: 'Iwan Sutanto',
      hoursAgo: 15,
      section: 'Hardware',
      event: 'robot',
      image: {
        alt: 'Exploded diagram of a small tracked robot with a spring-loaded arm',
        caption: 'The robot’s three main parts: chassis, planting arm and controller.',
      },
      body: [
        {
          p: 'The robot that won this year’s regional final looks simple, and most of its cleverness is in what the students left out. There is no camera, no arm with six joints and no neural network: just tracks, a spring and a good map.',
        },
        { h2: 'Not sinking' },
        {
          p: 'Tidal mud holds almost nothing up. The team’s first chassis used wheels and sank to its axles within a metre. The second used tracks cut from a conveyor belt, 18 centimetres wide, which spread the robot’s 14 kilograms over enough area that it presses on the mud about as lightly as a wading bird.',
        },
        { h2: 'Planting' },
        {
          p: 'The planting arm is a carriage from a discarded inkjet printer turned on its end. A stepper motor winds a spring; a latch releases it and drives a hollow steel tube, holding the seedling, twenty centimetres into the mud. The tube rises and a pair of rubber paddles press the mud closed.',
        },
        {
          table: {
            caption: 'Parts and costs',
            head: ['Part', 'Source', 'Cost (rupiah)'],
            rows: [
              ['Tracks', 'Conveyor belt offcut', '600,000'],
              ['Motors and drivers', 'New', '1,400,000'],
              ['Battery, 24 V', 'New', '1,100,000'],
              ['Printer carriage, gears', 'Scrap', '0'],
              ['Frame', 'Bicycle parts', '400,000'],
            ],
          },
        },
        {
          p: 'The controller is a hobby board reading a GPS module and a soil probe. Before each planting the probe checks the mud’s resistance; if it is too firm, the robot skips the point and logs it, so that people with spades can follow later.',
        },
        {
          quote: 'Every part we removed was a part that could not break in the mud.',
          cite: 'Putri Anggraini, team captain',
        },
        {
          p: 'The code is about 900 lines and the students plan to publish it, with drawings, after the national final.',
        },
      ],
      related: ['fishing-boat-weather-stations', 'kalima-bus-timetable-open-data'],
    },
    {
      slug: 'camar-biru-charging-ja',
      title: 'カリマ湾の電動フェリー、桟橋の太陽光で15分充電',
      dek: '新しい電動フェリー「チャマル・ビル」は、折り返しの待ち時間に桟橋で充電する。',
      author: '佐藤 美咲',
      hoursAgo: 6,
      section: 'Energy',
      event: 'ferry',
      lang: 'ja',
      image: {
        alt: '太陽光パネルの屋根がある桟橋に停泊する白い電動フェリー',
        caption: '太陽光パネルの屋根の下で充電するチャマル・ビル。',
      },
      body: [
        {
          p: 'インドネシアの港町カリマで、湾を横断する電動フェリー「チャマル・ビル」（青いカモメの意味）が運航を始めた。12キロの航路を25分で結び、ディーゼル船より15分ほど速い。',
        },
        {
          p: '充電は旧市街の桟橋で行う。桟橋の屋根には太陽光パネルが並び、昼間に陸上の蓄電池へ電気をためておく。船が着くと、その蓄電池からおよそ15分で満充電にする。折り返しの待ち時間とほぼ同じだ。',
        },
        {
          ul: [
            '航路：旧市街桟橋〜タンジュン桟橋（12キロ）',
            '所要時間：約25分',
            '運賃：8,000ルピア（自転車は無料）',
          ],
        },
        {
          quote: '暑い地域では電池の温度管理が一番の課題です。海水で冷やすことで寿命を延ばしています。',
          cite: 'レスタリ・ウィボウォ主任技師',
        },
        {
          p: '乗客の反応もおおむね好評だ。エンジンの振動がなく、船内で会話がしやすくなったという声が多い。一方で、桟橋の屋台からは、待ち時間が短くなって客が減ったという不満も出ている。',
        },
        {
          p: '港湾当局は同型の船をあと2隻発注しており、1年以内にディーゼル船をすべて引退させる計画だ。周辺の港もこの航路の実績を注視している。',
        },
      ],
      related: ['fishing-boat-weather-stations', 'inside-the-mangrove-robot'],
    },
    {
      slug: 'fishing-boat-weather-stations',
      title: 'Thirty fishing boats now double as weather stations',
      dek: 'A 40-dollar sensor box on each boat reports wind, pressure and sea temperature to an open map.',
      author: 'Iwan Sutanto',
      hoursAgo: 31,
      section: 'Data',
      image: {
        alt: 'A small white sensor box mounted on the mast of a wooden fishing boat',
        caption: 'A sensor box on the mast of a Kalima fishing boat.',
      },
      body: [
        {
          p: 'Kalima’s weather station sits on a hill above the town, which is a fine place to measure the town’s weather and a poor one to measure the sea’s. Since January, thirty fishing boats have been filling the gap.',
        },
        {
          p: 'Each carries a sealed box with a pressure sensor, a wind vane, a thermometer on a cable trailing in the water and a GPS. Every ten minutes the box sends a short message over the mobile network when the boat is within range, and stores readings when it is not.',
        },
        {
          table: {
            caption: 'What each box measures',
            head: ['Reading', 'Sensor', 'Accuracy'],
            rows: [
              ['Air pressure', 'Barometer chip', '±1 hPa'],
              ['Wind speed', 'Cup anemometer', '±0.5 m/s'],
              ['Sea temperature', 'Waterproof probe', '±0.2 °C'],
              ['Position', 'GPS', '±5 m'],
            ],
          },
        },
        {
          quote:
            'Before, I looked at the sky. Now I look at the sky and at my phone, and the phone is right more often.',
          cite: 'Pak Darto, fisherman',
        },
        {
          p: 'The boxes run on a small solar panel and a phone battery. The first batch lost several units to salt water in the connectors; the second uses potted electronics and a single sealed cable gland, and none has failed since March.',
        },
        {
          p: 'The readings go to an open map that anyone can view, and the fishermen get a simple warning on their phones when pressure drops quickly anywhere on the bay. During Sunday’s storm, the first warning went out 40 minutes before the rain reached the town.',
        },
      ],
      related: ['inside-the-mangrove-robot', 'camar-biru-charging-ja'],
    },
    {
      slug: 'kalima-bus-timetable-open-data',
      title: '卡利马公开公交和渡轮时刻表数据',
      dek: '市政府以开放格式发布全部公交和渡轮时刻表，任何应用都可以免费使用。',
      author: '林 晓雯',
      hoursAgo: 44,
      section: 'Data',
      lang: 'zh',
      image: {
        alt: '手机屏幕上显示的公交线路地图',
        caption: '一款本地应用使用新数据显示的线路图。',
      },
      body: [
        {
          p: '卡利马市政府本周以通用的开放格式发布了全市公交和渡轮的时刻表数据。开发者无需申请即可下载，并在自己的应用中免费使用。',
        },
        {
          p: '数据包括12条公交线路、新开通的电动渡轮航线以及所有站点的位置。市政府表示，数据每天更新一次，临时改线会在一小时内反映出来。',
        },
        {
          ol: ['下载数据压缩包。', '用任意支持该格式的软件打开。', '在地图上查看线路和站点。'],
        },
        {
          quote: '以前我们得自己抄写站牌上的时间，现在只要一个下载链接。',
          cite: '本地应用开发者',
        },
        {
          p: '发布第一周，已有三款本地应用接入了这些数据，其中一款还能把渡轮和公交的换乘时间一起计算，告诉乘客从码头到大学最快怎么走。',
        },
        {
          p: '市政府还计划明年公开实时车辆位置，让乘客知道下一班车还有几分钟到站。',
        },
      ],
      related: ['fishing-boat-weather-stations', 'inside-the-mangrove-robot'],
    },
    {
      slug: 'reading-tide-tables',
      title: 'A field guide to reading a tide table',
      dek: 'Heights, datums and the rule of twelfths, for anyone who plans to walk on the mudflats.',
      author: 'Iwan Sutanto',
      hoursAgo: 70,
      section: 'Notes',
      image: {
        alt: 'A printed tide table with two high and two low tides circled in pen',
        caption: 'A week of Kalima tides, circled for a planting day.',
      },
      body: [
        {
          p: 'Everyone who plants mangroves, digs for clams or launches a kayak on Kalima Bay eventually meets a tide table. It is a simple document that hides three ideas worth knowing.',
        },
        { h2: 'Heights are from a datum' },
        {
          p: 'A height of 0.4 metres does not mean the water is 40 centimetres deep. It means the sea surface is 40 centimetres above the chart datum, a low reference level chosen so that the water is almost never below it.',
        },
        { h2: 'The rule of twelfths' },
        {
          p: 'Between low and high water, the tide does not rise evenly. A rough rule says it rises one twelfth of its range in the first hour, two twelfths in the second, three in the third and fourth, two in the fifth and one in the sixth.',
        },
        {
          ol: [
            'Hour 1: 1/12 of the range',
            'Hour 2: 2/12',
            'Hours 3 and 4: 3/12 each',
            'Hour 5: 2/12',
            'Hour 6: 1/12',
          ],
        },
        {
          quote: 'The mud does not care what time your meeting ends.',
          cite: 'A sign at the Karang Beach boat ramp',
        },
        {
          p: 'Finally, times in a printed table are for one reference port. Places up the estuary can be half an hour later, so check the corrections printed at the bottom of the page.',
        },
      ],
      related: ['fishing-boat-weather-stations', 'inside-the-mangrove-robot'],
    },
  ],
};
