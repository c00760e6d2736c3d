import type { DemoOutlet } from './types.js';

/**
 * An Indonesian-language daily in Kalima. Its RSS feed is served in windows-1252 (curly quotes and
 * dashes included), so every character here must exist in that code page.
 */
export const kabarPelabuhan: DemoOutlet = {
  id: 'kabar-pelabuhan',
  title: 'Kabar Pelabuhan',
  description: 'Berita Kalima dan sekitarnya – cepat, akurat, terpercaya.',
  lang: 'id',
  tags: ['berita', 'indonesia'],
  format: 'rss',
  feedCharset: 'windows-1252',
  theme: 'wordpress',
  sections: ['Kota', 'Ekonomi', 'Lingkungan', 'Budaya', 'Pendidikan'],
  labels: {
    related: 'Berita Terkait',
    readAlso: 'Baca juga:',
    mostRead: 'Terpopuler',
    share: 'Bagikan',
    copyLink: 'Salin tautan',
    newsletterTitle: 'Buletin Pagi Kabar Pelabuhan',
    newsletterText: 'Berita pilihan redaksi dikirim ke surel Anda setiap pagi.',
    subscribe: 'Berlangganan',
    cookieText: 'Situs ini memakai kuki untuk menghitung pembaca dan menyimpan pengaturan Anda.',
    accept: 'Setuju',
    photo: 'Foto',
    by: 'Penulis:',
    rights: 'Hak cipta dilindungi undang-undang.',
  },
  stories: [
    {
      slug: 'feri-listrik-camar-biru-mulai-berlayar',
      title: 'Feri listrik Camar Biru mulai berlayar, Kalima–Tanjung cukup 25 menit',
      dek: 'Kapal bertenaga baterai pertama di Teluk Kalima mengangkut 112 penumpang pada pelayaran perdananya, Selasa pagi.',
      author: 'Nur Aisyah',
      hoursAgo: 4,
      section: 'Kota',
      event: 'ferry',
      image: {
        alt: 'Kapal feri putih bergaris biru merapat di dermaga kayu',
        caption: 'Camar Biru merapat di Dermaga Tanjung usai pelayaran perdana.',
      },
      body: [
        {
          p: 'Feri listrik pertama di Teluk Kalima, Camar Biru, berangkat dari dermaga Kota Lama pukul 06.10 WIB, Selasa (kemarin), dengan 112 penumpang. Kapal itu tiba di Dermaga Tanjung 25 menit kemudian, jauh lebih cepat daripada feri diesel yang biasanya menempuh 40 menit untuk jarak 12 kilometer.',
        },
        {
          p: 'Otoritas pelabuhan memesan tiga kapal listrik dua tahun lalu. Kapal kedua dijadwalkan tiba pada Maret, sedangkan kapal ketiga sebelum musim hujan. Setelah itu, seluruh feri diesel akan dipensiunkan.',
        },
        {
          quote: 'Suaranya halus sekali. Anak saya sampai tertidur sebelum kapal keluar dari dermaga.',
          cite: 'Wati, penumpang dari Tanjung',
        },
        {
          p: 'Baterai kapal diisi di dermaga dari atap panel surya dan bank baterai yang terisi sepanjang hari. Menurut kepala teknisi otoritas pelabuhan, Lestari Wibowo, pengisian penuh hanya butuh sekitar 15 menit – cukup di sela waktu tunggu antarpelayaran.',
        },
        {
          ul: [
            'Tarif tunggal Rp8.000; anak di bawah 12 tahun dan sepeda gratis.',
            'Jadwal setiap 30 menit pukul 06.00–21.00, setiap jam pada akhir pekan.',
            'Pembayaran dengan kartu atau ponsel; uang tunai hanya di feri diesel.',
          ],
        },
        {
          p: 'Sejumlah pedagang di Dermaga Tanjung mengeluhkan waktu tunggu yang lebih singkat karena penumpang tidak lagi sempat jajan. Otoritas pelabuhan berjanji meninjau jadwal setelah tiga bulan dan mengumumkan jumlah penumpang setiap pekan.',
        },
      ],
      related: ['pasar-senja-terendam-banjir', 'festival-layang-layang-pantai-karang'],
    },
    {
      slug: 'pasar-senja-terendam-banjir',
      title: 'Hujan 168 mm dalam enam jam, Pasar Senja terendam banjir',
      dek: 'Sekitar 200 pedagang terpaksa tutup; pasar malam itu baru buka kembali Jumat.',
      author: 'Yusuf Pratama',
      hoursAgo: 10,
      section: 'Kota',
      event: 'flood',
      image: {
        alt: 'Pedagang mengangkat tabung gas melewati genangan air di antara lapak',
        caption: 'Pedagang menyelamatkan tabung gas saat air mulai naik.',
      },
      body: [
        {
          p: 'Hujan deras yang mengguyur Kalima sejak Minggu sore membuat Kanal Pelita meluap dan merendam Pasar Senja setinggi lutut. Stasiun cuaca kota mencatat curah hujan 168 milimeter dalam enam jam, tertinggi sejak stasiun itu berdiri pada 1978.',
        },
        {
          p: 'Pedagang mengaku hanya punya waktu sekitar dua puluh menit untuk menyelamatkan tabung gas dan kotak pendingin. “Airnya datang dari arah kanal, cepat sekali,” kata Ibu Sri, penjual martabak yang sudah berdagang di sana sejak 1999.',
        },
        {
          quote:
            'Kami sudah bangkit setelah 2017 dan akan bangkit lagi, tapi kanal harus dikeruk. Setiap tahun makin dangkal.',
          cite: 'Siti Rahmawati, Ketua Paguyuban Pedagang Pasar Senja',
        },
        {
          p: 'Paguyuban pedagang menyebut sebagian besar lapak akan buka kembali Jumat setelah saluran dibersihkan dan PLN memeriksa setiap sambungan listrik. Pedagang yang kehilangan barang dagangan dapat mengajukan bantuan hingga Rp2 juta di kantor kecamatan.',
        },
        {
          p: 'Dinas Pekerjaan Umum menyatakan pengerukan Kanal Pelita bagian hilir dijadwalkan pada musim kemarau. Warga dapat melaporkan saluran tersumbat melalui layanan pengaduan kota atau kantor kelurahan terdekat.',
        },
      ],
      related: ['harga-cabai-naik-usai-banjir', 'feri-listrik-camar-biru-mulai-berlayar'],
    },
    {
      slug: 'relawan-tanam-10-ribu-karang',
      title: 'Relawan tanam 10.000 fragmen karang di Teluk Kalima',
      dek: 'Nelayan, mahasiswa, dan penyelam menanam karang di rangka besi di lepas Pantai Karang.',
      author: 'Dewi Lestari',
      hoursAgo: 27,
      section: 'Lingkungan',
      event: 'coral',
      image: {
        alt: 'Penyelam memasang potongan karang pada rangka besi berbentuk laba-laba di dasar laut',
        caption: 'Rangka besi “laba-laba” tempat fragmen karang ditanam.',
      },
      body: [
        {
          p: 'Lebih dari 150 relawan – nelayan, mahasiswa, dan penyelam – menanam 10.000 fragmen karang di perairan dangkal lepas Pantai Karang, Sabtu dan Minggu. Fragmen itu diikat pada 400 rangka besi berbentuk laba-laba yang dilapisi pasir agar tidak berkarat.',
        },
        {
          p: 'Kegiatan ini merupakan tahap ketiga program pemulihan terumbu yang rusak akibat pengeboman ikan pada 1990-an. Pada tahap pertama tiga tahun lalu, sekitar 70 persen karang yang ditanam bertahan hidup.',
        },
        {
          table: {
            caption: 'Hasil program pemulihan karang',
            head: ['Tahap', 'Fragmen ditanam', 'Bertahan hidup'],
            rows: [
              ['Pertama', '3.000', '71%'],
              ['Kedua', '6.500', '64%'],
              ['Ketiga', '10.000', 'dipantau'],
            ],
          },
        },
        {
          quote: 'Dulu di sini hanya pasir dan patahan karang. Sekarang ikan kakap sudah kembali.',
          cite: 'Pak Darto, nelayan Pantai Karang',
        },
        {
          p: 'Selain menanam, relawan juga memungut sampah plastik dari dasar laut. Dalam dua hari, tim penyelam mengangkat lebih dari 300 kilogram sampah, sebagian besar jaring bekas dan botol minuman.',
        },
        {
          p: 'Koordinator program, Rina Siregar, mengatakan pemantauan dilakukan setiap tiga bulan dengan foto bawah air. Relawan yang ingin ikut tahap berikutnya dapat mendaftar melalui kelompok selam di kampus Universitas Kalima.',
        },
      ],
      related: ['festival-layang-layang-pantai-karang', 'harga-cabai-naik-usai-banjir'],
    },
    {
      slug: 'harga-cabai-naik-usai-banjir',
      title: 'Harga cabai rawit di Kalima naik dua kali lipat usai banjir',
      dek: 'Pasokan dari sentra di hulu Kanal Pelita terganggu; pedagang memperkirakan harga normal dalam dua pekan.',
      author: 'Yusuf Pratama',
      hoursAgo: 40,
      section: 'Ekonomi',
      image: {
        alt: 'Tumpukan cabai rawit merah dan hijau di lapak pasar',
        caption: 'Cabai rawit di Pasar Kota Lama, Rabu pagi.',
      },
      body: [
        {
          p: 'Harga cabai rawit di pasar-pasar Kalima melonjak dari Rp45.000 menjadi Rp90.000 per kilogram dalam tiga hari terakhir. Banjir merendam kebun di hulu Kanal Pelita dan memutus jalan desa yang biasa dilalui truk pengangkut.',
        },
        {
          table: {
            caption: 'Harga rata-rata di Pasar Kota Lama (rupiah per kilogram)',
            head: ['Komoditas', 'Pekan lalu', 'Hari ini'],
            rows: [
              ['Cabai rawit', '45.000', '90.000'],
              ['Cabai merah keriting', '38.000', '62.000'],
              ['Bawang merah', '32.000', '36.000'],
              ['Tomat', '12.000', '15.000'],
            ],
          },
        },
        {
          p: 'Dinas Perdagangan kota akan menggelar pasar murah di tiga kelurahan mulai Kamis dengan harga cabai rawit Rp60.000 per kilogram. Setiap warga dibatasi membeli setengah kilogram.',
        },
        {
          quote: 'Pembeli sekarang minta seperempat ons saja. Yang penting sambal tetap ada di meja.',
          cite: 'Bu Marni, pedagang sayur',
        },
        {
          p: 'Kenaikan harga paling terasa bagi pedagang makanan. Sejumlah warung di sekitar Pasar Senja memilih mengurangi porsi sambal daripada menaikkan harga, sementara penjual gorengan mengganti cabai rawit dengan cabai hijau yang lebih murah.',
        },
        {
          p: 'Petani di hulu memperkirakan panen berikutnya aman karena sebagian besar tanaman masih berdiri. Pedagang memperkirakan harga kembali normal dalam dua pekan bila jalan desa sudah bisa dilalui.',
        },
      ],
      related: ['pasar-senja-terendam-banjir', 'relawan-tanam-10-ribu-karang'],
    },
    {
      slug: 'festival-layang-layang-pantai-karang',
      title: 'Festival Layang-Layang Pantai Karang pecahkan rekor pengunjung',
      dek: 'Sekitar 40.000 orang datang melihat 600 layang-layang dari 12 provinsi dan tiga negara, termasuk “Pari Raksasa” sepanjang 30 meter.',
      author: 'Dewi Lestari',
      hoursAgo: 58,
      section: 'Budaya',
      event: 'kites',
      image: {
        alt: 'Layang-layang raksasa berbentuk ikan pari terbang di atas pantai yang ramai',
        caption: 'Layang-layang “Pari Raksasa” sepanjang 30 meter, juara kategori kreasi.',
      },
      body: [
        {
          p: 'Festival Layang-Layang Pantai Karang tahun ini dikunjungi sekitar 40.000 orang selama dua hari, rekor sejak festival pertama digelar pada 2008. Sebanyak 600 layang-layang dari 12 provinsi dan tiga negara memenuhi langit di atas pantai.',
        },
        {
          p: 'Juara kategori kreasi diraih tim dari Kalima dengan layang-layang berbentuk ikan pari sepanjang 30 meter. Rangka bambunya dirakit selama empat bulan di halaman sebuah masjid di Kota Lama.',
        },
        {
          ol: [
            'Kreasi: “Pari Raksasa”, Kalima.',
            'Tradisional: “Janggan”, Bali.',
            'Aduan: tim Pantai Utara, Kalima.',
          ],
        },
        {
          quote: 'Angin di Pantai Karang itu jujur. Kalau layangan Anda jelek, dia langsung bilang.',
          cite: 'Made Suarsa, peserta dari Bali',
        },
        {
          p: 'Di kategori tradisional, layang-layang “Janggan” dari Bali dengan ekor sepanjang 100 meter membuat penonton bersorak saat berhasil mengudara pada percobaan kedua. Adapun kategori aduan dimenangi tim nelayan dari Pantai Utara.',
        },
        {
          p: 'Panitia mencatat parkir penuh sejak pukul sembilan pagi. Tahun depan panitia berencana menambah bus ulang-alik dari Dermaga Kota Lama dan mengajak penumpang feri listrik baru untuk datang tanpa kendaraan pribadi.',
        },
      ],
      related: ['relawan-tanam-10-ribu-karang', 'feri-listrik-camar-biru-mulai-berlayar'],
    },
    {
      slug: 'robot-penanam-mangrove-smk-3-juara',
      title: 'Robot penanam mangrove buatan siswa SMK 3 Kalima juara regional',
      dek: 'Robot beroda rantai itu menanam 40 bibit dalam 12 menit dan mengalahkan 31 tim se-provinsi.',
      author: 'Nur Aisyah',
      hoursAgo: 21,
      section: 'Pendidikan',
      event: 'robot',
      image: {
        alt: 'Empat siswa berkaus oranye berlutut di samping robot kecil di atas lumpur',
        caption: 'Tim SMK 3 Kalima bersama robot mereka di lokasi uji coba.',
      },
      body: [
        {
          p: 'Empat siswa SMK 3 Kalima menjuarai final kompetisi robotik tingkat provinsi, Sabtu, dengan robot yang mampu menanam bibit mangrove di lumpur pasang surut. Mereka menyisihkan 31 tim dari berbagai daerah.',
        },
        {
          p: 'Robot itu berjalan di atas rantai karet lebar agar tidak amblas, menancapkan bibit dengan lengan berpegas, dan mencatat titik tanam dengan GPS. Di babak final, robot menanam 40 bibit dalam 12 menit di atas lumpur asli yang diangkut dari teluk.',
        },
        {
          quote:
            'Versi pertama langsung tenggelam. Kami uji coba di pantai belakang sekolah setiap sore sampai akhirnya berhasil.',
          cite: 'Putri Anggraini, kapten tim',
        },
        {
          ul: [
            'Anggaran: Rp3,5 juta, sebagian besar untuk rantai dan baterai.',
            'Rangka dan roda gigi: suku cadang sepeda dan printer bekas.',
            'Perangkat lunak: perencana titik tanam di tablet.',
          ],
        },
        {
          p: 'Guru pembimbing, Bambang Setiawan, mengatakan tim akan mewakili provinsi di final nasional di Surabaya dua bulan lagi. Dinas kelautan kota sudah meminta robot itu dipinjamkan untuk hari tanam mangrove di pantai timur.',
        },
        {
          p: 'Kepala sekolah berjanji menambah jam praktik bengkel bagi siswa yang ingin melanjutkan proyek ini setelah lomba selesai.',
        },
      ],
      related: ['relawan-tanam-10-ribu-karang', 'festival-layang-layang-pantai-karang'],
    },
  ],
};
