/**
 * Indonesian text of local editing (`npm start`): what the portal's local server prints, why
 * it refuses a request (shown to the editor in the editor's error message), and the notice
 * the editor page shows when it cannot reach the server.
 */
const START_HINT =
  'Jalankan `npm start` di folder portal pada komputer ini dan biarkan jendelanya tetap terbuka, lalu buka ruang editor dari alamat yang ditampilkannya (biasanya http://127.0.0.1:4321/admin/).';

export const localEditing = {
  portal: {
    site: (url: string) => `Portal: ${url}`,
    editor: (url: string) => `Ruang editor: ${url}admin/ (menyimpan ke folder content/ di komputer ini)`,
    rebuildHint: 'Jalankan `npm run build` di jendela lain untuk melihat perubahan di halaman publik; ruang editor yang terbuka tetap bisa dipakai.',
    stop: 'Tekan Ctrl+C untuk berhenti.',
    portInUse: (port: number) =>
      `Port ${port} sudah dipakai program lain (mungkin \`npm start\` yang masih berjalan di jendela lain). Hentikan program itu, atau pilih port lain, misalnya: PORT=${port + 1} npm start`,
    badPort: (value: string) => `PORT="${value}" bukan nomor port. Tulis angka 1–65535, misalnya: PORT=4322 npm start`,
    oldPortVariable:
      'Catatan: DECAP_SERVER_PORT tidak dipakai lagi. Ruang editor kini memakai alamat portal sendiri, jadi variabel itu boleh dihapus.',
  },
  refused: {
    logged: (message: string) => `[ruang editor] ${message}`,
    foreignHost: (host: string, allowed: string) =>
      `Permintaan ditolak: server penyunting lokal hanya melayani alamat ${allowed}, bukan "${host}". Buka ruang editor dari ${allowed}/admin/.`,
    foreignOrigin: (origin: string, allowed: string) =>
      `Permintaan ditolak: hanya ruang editor di ${allowed}/admin/ yang boleh menyimpan lewat server ini (permintaan datang dari ${origin || 'luar peramban'}).`,
    method: 'Permintaan ditolak: ruang editor hanya mengirim permintaan POST ke alamat ini.',
    notJson: 'Permintaan ditolak: isinya bukan data JSON dari ruang editor. Muat ulang ruang editor lalu coba lagi.',
    failed: 'Server penyunting lokal gagal menjalankan permintaan ini. Rinciannya tercetak di jendela `npm start`; coba lagi, dan bila terus gagal, mintalah bantuan pengelola situs.',
    tooLarge: 'Berkas yang dikirim terlalu besar untuk disimpan (lebih dari 50 MB). Perkecil berkasnya lalu coba lagi.',
    action: (action: string) => `Permintaan ditolak: tindakan "${action}" tidak dipakai ruang editor di komputer ini.`,
    path: (path: string, area: string) =>
      `Ruang editor tidak boleh membuka atau menyimpan "${path}". Yang boleh hanya isi situs: ${area}. Kode dan pengaturan proyek diubah lewat Git, bukan lewat ruang editor.`,
    pathForm: (path: string) =>
      `Alamat berkas "${path}" tidak sah: alamat harus berupa folder dan nama berkas biasa di dalam proyek (tanpa "..", "/" di depan, "\\", "%", atau nama yang diawali titik).`,
    symlink: (path: string) =>
      `"${path}" adalah tautan simbolik (symlink), sehingga ruang editor tidak bisa memastikan berkas yang sebenarnya ada di folder isi. Ganti tautan itu dengan berkas atau folder biasa.`,
  },
  notice: {
    unreachableTitle: 'Server penyunting lokal tidak berjalan.',
    unreachable: `Ruang editor belum bisa membuka atau menyimpan tulisan. ${START_HINT}`,
    refusedTitle: 'Server penyunting lokal menolak ruang editor ini.',
    notConfiguredTitle: 'Ruang editor di alamat ini belum tersambung ke penyimpanan isi.',
    notConfigured:
      'Untuk menyunting di komputer kantor, jalankan `npm start` di folder portal lalu buka http://127.0.0.1:4321/admin/. Untuk menyunting langsung di situs, pengelola situs perlu mengatur CMS_BACKEND saat membangun situs (lihat docs/editor.md).',
    retry: 'Coba lagi',
    /** Shown inside the editor's own error messages when a request cannot reach the server. */
    requestFailed: `Server penyunting lokal tidak berjalan. ${START_HINT}`,
  },
} as const;
