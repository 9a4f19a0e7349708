<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>sinergi::AkiValidityRule</name>
    <message>
        <source>&quot;years&quot; must be a whole number of years between 1 and 10</source>
        <translation>&quot;years&quot; harus berupa bilangan bulat tahun antara 1 dan 10</translation>
    </message>
    <message>
        <source>&quot;report_months&quot; must be a positive number of months</source>
        <translation>&quot;report_months&quot; harus berupa jumlah bulan yang positif</translation>
    </message>
    <message>
        <source>&quot;status&quot; and &quot;active_statuses&quot; go together</source>
        <translation>&quot;status&quot; dan &quot;active_statuses&quot; harus diberikan bersama</translation>
    </message>
    <message numerus="yes">
        <source>The card is valid for %n year(s) from registration: valid until should be %1.</source>
        <translation>
            <numerusform>Kartu berlaku %n tahun sejak pendaftaran: tanggal berlaku seharusnya sampai %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AK/I card expired on %1.</source>
        <translation>Kartu AK/I sudah habis masa berlakunya pada %1.</translation>
    </message>
    <message>
        <source>Report %1 was due on %2.</source>
        <translation>Laporan %1 seharusnya disampaikan pada %2.</translation>
    </message>
</context>
<context>
    <name>sinergi::AuditActions</name>
    <message>
        <source>Store created</source>
        <translation>Basis data dibuat</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Locked after inactivity</source>
        <translation>Dikunci karena tidak aktif</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Kunci dibuka</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Kode pemulihan digunakan</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Pengguna dibuat</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi disetel ulang</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Kata sandi sendiri diganti</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Recovery code created</source>
        <translation>Kode pemulihan dibuat</translation>
    </message>
    <message>
        <source>New recovery code created</source>
        <translation>Kode pemulihan baru dibuat</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Kunci data dirotasi</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Log-ins</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Lock and unlock</source>
        <translation>Kunci dan buka kunci</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Basis data</translation>
    </message>
</context>
<context>
    <name>sinergi::AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: it was removed from the log.</source>
        <translation>Entri audit %1 hilang: entri tersebut dihapus dari log.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the log.</source>
        <translation>Entri audit %1 sampai %2 hilang: entri tersebut dihapus dari log.</translation>
    </message>
    <message>
        <source>Audit entry %1 holds the entry written as number %2: entries were moved.</source>
        <translation>Entri audit %1 berisi entri yang ditulis sebagai nomor %2: entri telah dipindahkan.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Entri audit %1 diubah setelah ditulis.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2 but another entry: entries were moved.</source>
        <translation>Entri audit %1 tidak menyambung ke entri %2 melainkan ke entri lain: entri telah dipindahkan.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: entry %2 no longer links to it.</source>
        <translation>Entri audit %1 diubah setelah ditulis: entri %2 tidak lagi tersambung dengannya.</translation>
    </message>
    <message>
        <source>The record of the last audit entry is missing, so entries after entry %1 may have been removed.</source>
        <translation>Catatan entri audit terakhir hilang, sehingga entri setelah entri %1 mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The last audit entry (%1) was removed from the log.</source>
        <translation>Entri audit terakhir (%1) dihapus dari log.</translation>
    </message>
    <message>
        <source>The last audit entries (%1 to %2) were removed from the log.</source>
        <translation>Entri audit terakhir (%1 sampai %2) dihapus dari log.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were added outside Sinergi.</source>
        <translation>Entri audit mulai %1 ditambahkan di luar Sinergi.</translation>
    </message>
    <message>
        <source>Audit entry %1 was replaced after it was written.</source>
        <translation>Entri audit %1 diganti setelah ditulis.</translation>
    </message>
</context>
<context>
    <name>sinergi::AuditModel</name>
    <message>
        <source>Entry #%1</source>
        <translation>Entri #%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>sinergi::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Every log-in, user and key change and setting is recorded here. Entries are chained by hashes, so any later change can be detected.</source>
        <translation>Setiap kegiatan masuk, perubahan pengguna, kunci, dan pengaturan dicatat di sini. Entri dirantai dengan hash sehingga setiap perubahan di kemudian hari dapat dideteksi.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;ks:</translation>
    </message>
    <message>
        <source>in target or details</source>
        <translation>di sasaran atau rincian</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>P&amp;eriode dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifikasi rantai</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation>Menampilkan %1 entri terbaru; persempit filter untuk melihat entri yang lebih lama.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Verifikasi log audit</translation>
    </message>
    <message>
        <source>The audit log is intact: no entry was changed, removed or reordered.</source>
        <translation>Log audit utuh: tidak ada entri yang diubah, dihapus, atau diubah urutannya.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is NOT intact. %n problem(s) found:</source>
        <translation>
            <numerusform>Log audit TIDAK utuh. Ditemukan %n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry #%1: %2</source>
        <translation>Entri #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lainnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now; nobody else should know it.</source>
        <translation>Kata sandi Anda dibuat oleh administrator. Pilih kata sandi Anda sendiri sekarang; tidak boleh ada orang lain yang mengetahuinya.</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Your data stays readable: only the key slot of your account is re-protected with the new password.</source>
        <translation>Data Anda tetap dapat dibaca: hanya slot kunci akun Anda yang dilindungi ulang dengan kata sandi baru.</translation>
    </message>
</context>
<context>
    <name>sinergi::CodeList</name>
    <message>
        <source>Code list %1: %2</source>
        <translation>Daftar kode %1: %2</translation>
    </message>
    <message>
        <source>not a valid JSON object (%1)</source>
        <translation>bukan objek JSON yang sah (%1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>kunci &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and underscores</source>
        <translation>&quot;id&quot; harus berupa huruf kecil, angka, dan garis bawah</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a non-empty string</source>
        <translation>&quot;version&quot; harus berupa teks yang tidak kosong</translation>
    </message>
    <message>
        <source>labels need both &quot;id&quot; and &quot;en&quot;</source>
        <translation>label memerlukan &quot;id&quot; dan &quot;en&quot;</translation>
    </message>
    <message>
        <source>&quot;source&quot; must say where the codes come from</source>
        <translation>&quot;source&quot; harus menyebutkan asal kode</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be a non-empty list</source>
        <translation>&quot;entries&quot; harus berupa daftar yang tidak kosong</translation>
    </message>
    <message>
        <source>entry #%1: &quot;code&quot; must be a non-empty string without spaces around it</source>
        <translation>entri #%1: &quot;code&quot; harus berupa teks yang tidak kosong tanpa spasi di awal atau akhir</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: unknown key &quot;%2&quot;</source>
        <translation>kode &quot;%1&quot;: kunci &quot;%2&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>kode &quot;%1&quot; ganda</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: needs &quot;label_id&quot; and &quot;label_en&quot;</source>
        <translation>kode &quot;%1&quot;: memerlukan &quot;label_id&quot; dan &quot;label_en&quot;</translation>
    </message>
</context>
<context>
    <name>sinergi::CodeListRegistry</name>
    <message>
        <source>No code lists (*.json) found in %1.</source>
        <translation>Tidak ditemukan daftar kode (*.json) di %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Code list %1 version %2 is already loaded.</source>
        <translation>Daftar kode %1 versi %2 sudah dimuat.</translation>
    </message>
</context>
<context>
    <name>sinergi::ColumnMapping</name>
    <message>
        <source>The profile maps column %1 to %2, which dataset %3 does not have; the column is ignored.</source>
        <translation>Profil memetakan kolom %1 ke %2, yang tidak ada di dataset %3; kolom itu diabaikan.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both map to %3; the first is used.</source>
        <translation>Kolom %1 dan %2 sama-sama dipetakan ke %3; yang pertama dipakai.</translation>
    </message>
</context>
<context>
    <name>sinergi::CorrectionsDialog</name>
    <message>
        <source>Corrections for %1</source>
        <translation>Koreksi untuk %1</translation>
    </message>
    <message>
        <source>SMData rejected the batch because of these records. Nothing of the batch was taken. Correct the records, then build and send a new batch for the period.</source>
        <translation>SMData menolak batch karena rekaman-rekaman ini. Tidak ada bagian batch yang diterima. Perbaiki rekamannya, lalu buat dan kirim batch baru untuk periode tersebut.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>(not a record)</source>
        <translation>(bukan rekaman)</translation>
    </message>
    <message numerus="yes">
        <source>Open %n %1 record(s)</source>
        <translation>
            <numerusform>Buka %n rekaman %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by SMData (%1)</source>
        <translation>Ditolak SMData (%1)</translation>
    </message>
</context>
<context>
    <name>sinergi::CsvExportSink</name>
    <message>
        <source>The CSV delimiter must be &apos;;&apos;, &apos;,&apos; or a tab.</source>
        <translation>Pemisah CSV harus &apos;;&apos;, &apos;,&apos; atau tab.</translation>
    </message>
</context>
<context>
    <name>sinergi::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): there is nothing to import.</source>
        <translation>Berkas kosong (0 bita): tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>This is not a text/CSV file: it contains binary data. Choose a CSV export or an .xlsx workbook.</source>
        <translation>Ini bukan berkas teks/CSV: berkas berisi data biner. Pilih berkas ekspor CSV atau buku kerja .xlsx.</translation>
    </message>
    <message>
        <source>The file contains no rows: there is nothing to import.</source>
        <translation>Berkas tidak berisi baris: tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Gagal membaca berkas: %1</translation>
    </message>
    <message>
        <source>The file mixes text encodings: the start is UTF-8 but these bytes are not. Save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>Berkas mencampur beberapa pengodean teks: bagian awal UTF-8 tetapi bita-bita ini bukan. Simpan ulang berkas sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters. This is not a normal export; check the file and the delimiter.</source>
        <translation>Sebuah kolom lebih panjang dari %1 karakter. Ini bukan ekspor yang wajar; periksa berkas dan pemisahnya.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Baris memiliki lebih dari %1 kolom.</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters.</source>
        <translation>Baris lebih panjang dari %1 karakter.</translation>
    </message>
    <message>
        <source>This is not a text/CSV file: it contains NUL bytes.</source>
        <translation>Ini bukan berkas teks/CSV: berkas berisi bita NUL.</translation>
    </message>
    <message>
        <source>A quoted field starts here but its closing quote is missing.</source>
        <translation>Sebuah kolom bertanda kutip dimulai di sini tetapi tanda kutip penutupnya tidak ada.</translation>
    </message>
    <message>
        <source>These bytes are not UTF-8 text. Choose another encoding (or automatic detection) for the file.</source>
        <translation>Bagian berkas ini bukan teks UTF-8. Pilih pengodean lain (atau deteksi otomatis) untuk berkas ini.</translation>
    </message>
</context>
<context>
    <name>sinergi::DashboardChartView</name>
    <message>
        <source>Click a bar or slice to open its records; right-click to save the chart as PNG.</source>
        <translation>Klik batang atau irisan untuk membuka datanya; klik kanan untuk menyimpan grafik sebagai PNG.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Simpan grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Grafik tidak dapat disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>sinergi::DashboardData</name>
    <message>
        <source>other / unknown</source>
        <translation>lainnya / tidak diketahui</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Active job seekers</source>
        <translation>Pencari kerja aktif</translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation>Terdaftar bulan ini</translation>
    </message>
    <message>
        <source>Placed this month</source>
        <translation>Ditempatkan bulan ini</translation>
    </message>
    <message>
        <source>Open vacancy places</source>
        <translation>Lowongan yang masih terbuka</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Ditempatkan</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapuskan</translation>
    </message>
    <message>
        <source>no kecamatan</source>
        <translation>tanpa kecamatan</translation>
    </message>
    <message>
        <source>Open places</source>
        <translation>Lowongan terbuka</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>jenis kelamin tidak diketahui</translation>
    </message>
</context>
<context>
    <name>sinergi::DashboardPage</name>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Membaca data…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Labour market dashboard</source>
        <translation>Dasbor pasar kerja</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation>Seluruh kabupaten/kota</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Dasbor tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>%1 · computed in %2 ms</source>
        <translation>%1 · dihitung dalam %2 ms</translation>
    </message>
    <message>
        <source>no kecamatan</source>
        <translation>tanpa kecamatan</translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>pada akhir %1</translation>
    </message>
    <message>
        <source>Active job seekers</source>
        <translation>Pencari kerja aktif</translation>
    </message>
    <message>
        <source>Registered this month</source>
        <translation>Terdaftar bulan ini</translation>
    </message>
    <message>
        <source>Placed this month</source>
        <translation>Ditempatkan bulan ini</translation>
    </message>
    <message>
        <source>Open vacancy places</source>
        <translation>Lowongan yang masih terbuka</translation>
    </message>
    <message>
        <source>Click to open these records</source>
        <translation>Klik untuk membuka data ini</translation>
    </message>
    <message>
        <source>Placement rate</source>
        <translation>Tingkat penempatan</translation>
    </message>
    <message>
        <source>%1 placed of %2 available</source>
        <translation>%1 ditempatkan dari %2 yang tersedia</translation>
    </message>
    <message>
        <source>Job seekers placed in the month ÷ job seekers available in it (registered before and still active at the start, plus registered in the month; IPK column A).</source>
        <translation>Pencari kerja yang ditempatkan dalam bulan ini ÷ pencari kerja yang tersedia dalam bulan ini (sisa aktif awal bulan ditambah yang mendaftar bulan ini; kolom A IPK).</translation>
    </message>
    <message>
        <source>Data quality (job seekers)</source>
        <translation>Kualitas data (pencari kerja)</translation>
    </message>
    <message>
        <source>valid · complete %1 · timely %2</source>
        <translation>keabsahan · kelengkapan %1 · kemutakhiran %2</translation>
    </message>
    <message>
        <source>Validity: records without validation errors. Completeness: required fields filled. Timeliness: cards without an overdue report. Whole store, all periods.</source>
        <translation>Keabsahan: data tanpa kesalahan validasi. Kelengkapan: isian wajib yang terisi. Kemutakhiran: kartu tanpa lapor ulang yang terlambat. Seluruh data, semua periode.</translation>
    </message>
    <message>
        <source>no job seekers yet</source>
        <translation>belum ada pencari kerja</translation>
    </message>
    <message>
        <source>Job seekers registered, placed and removed (12 months)</source>
        <translation>Pencari kerja terdaftar, ditempatkan, dan dihapuskan (12 bulan)</translation>
    </message>
    <message>
        <source>Placements in %1 by type</source>
        <translation>Penempatan %1 menurut jenis</translation>
    </message>
    <message>
        <source>Active job seekers by education</source>
        <translation>Pencari kerja aktif menurut pendidikan</translation>
    </message>
    <message>
        <source>Active job seekers by age group</source>
        <translation>Pencari kerja aktif menurut kelompok umur</translation>
    </message>
    <message>
        <source>Active job seekers by kecamatan</source>
        <translation>Pencari kerja aktif menurut kecamatan</translation>
    </message>
    <message>
        <source>Open vacancy places by KBLI section</source>
        <translation>Lowongan terbuka menurut seksi KBLI</translation>
    </message>
    <message>
        <source>Training in %1</source>
        <translation>Pelatihan %1</translation>
    </message>
</context>
<context>
    <name>sinergi::DateOrderRule</name>
    <message>
        <source>&quot;fields&quot; needs at least two date fields (or one with &quot;not_after_today&quot;)</source>
        <translation>&quot;fields&quot; memerlukan minimal dua kolom tanggal (atau satu dengan &quot;not_after_today&quot;)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date field</source>
        <translation>kolom &quot;%1&quot; bukan kolom tanggal</translation>
    </message>
    <message>
        <source>&quot;not_after_today&quot; must be true or false</source>
        <translation>&quot;not_after_today&quot; harus true atau false</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>%1 lebih awal dari %2.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 berada di masa depan.</translation>
    </message>
</context>
<context>
    <name>sinergi::Error</name>
    <message>
        <source>The user name or password is wrong. Check Caps Lock and try again.</source>
        <translation>Nama pengguna atau kata sandi salah. Periksa tombol Caps Lock lalu coba lagi.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Type it exactly as it was written down, group by group.</source>
        <translation>Kode pemulihan salah. Ketik persis seperti yang dicatat, kelompok demi kelompok.</translation>
    </message>
    <message>
        <source>The store could not be opened with this key. Your data has not been changed.</source>
        <translation>Basis data tidak dapat dibuka dengan kunci ini. Data Anda tidak diubah.</translation>
    </message>
    <message>
        <source>This file is not a Sinergi store. Choose the store file (sinergi.db) that was created by Sinergi.</source>
        <translation>Berkas ini bukan basis data Sinergi. Pilih berkas basis data (sinergi.db) yang dibuat oleh Sinergi.</translation>
    </message>
    <message>
        <source>The store is damaged or has been modified outside Sinergi. Nothing was written. Restore it from a backup and contact your administrator.</source>
        <translation>Basis data rusak atau telah diubah di luar Sinergi. Tidak ada yang ditulis. Pulihkan dari cadangan dan hubungi administrator Anda.</translation>
    </message>
    <message>
        <source>The key file (sinergi.keys) is damaged or was edited. Restore it from a backup; nothing was changed.</source>
        <translation>Berkas kunci (sinergi.keys) rusak atau telah disunting. Pulihkan dari cadangan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The key file (sinergi.keys) was modified outside Sinergi and is not trusted. Restore it from a backup and report this to your administrator.</source>
        <translation>Berkas kunci (sinergi.keys) telah diubah di luar Sinergi dan tidak dapat dipercaya. Pulihkan dari cadangan dan laporkan hal ini kepada administrator Anda.</translation>
    </message>
    <message>
        <source>The store is in use by another Sinergi window or program. Close it and try again.</source>
        <translation>Basis data sedang digunakan oleh jendela atau program Sinergi lain. Tutup program tersebut lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: the last change was not saved. Free some space and try again.</source>
        <translation>Disk penuh. Tidak ada data yang hilang: perubahan terakhir tidak disimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Sinergi cannot write to this location. Choose a folder you can write to, or ask your administrator for access.</source>
        <translation>Sinergi tidak dapat menulis ke lokasi ini. Pilih folder yang dapat Anda tulisi, atau minta akses kepada administrator Anda.</translation>
    </message>
    <message>
        <source>The store was not found at this location. Check the store location in the settings.</source>
        <translation>Basis data tidak ditemukan di lokasi ini. Periksa lokasi basis data di pengaturan.</translation>
    </message>
    <message>
        <source>A store already exists at this location. Choose another folder or open the existing store.</source>
        <translation>Sudah ada basis data di lokasi ini. Pilih folder lain atau buka basis data yang ada.</translation>
    </message>
    <message>
        <source>This store or library version is not supported by this version of Sinergi. Update Sinergi.</source>
        <translation>Versi basis data atau pustaka ini tidak didukung oleh versi Sinergi ini. Perbarui Sinergi.</translation>
    </message>
    <message>
        <source>Too many failed log-ins. This account is locked for a few minutes; try again later.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci selama beberapa menit; coba lagi nanti.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Akun ini dinonaktifkan. Minta administrator untuk mengaktifkannya.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Nothing was changed. Details: %1</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis. Tidak ada yang diubah. Rincian: %1</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing was saved. Details: %1</source>
        <translation>Terjadi kesalahan tak terduga. Tidak ada yang disimpan. Rincian: %1</translation>
    </message>
    <message>
        <source>This change conflicts with an existing record, or the record was changed meanwhile. Reload and try again.</source>
        <translation>Perubahan ini bertentangan dengan data yang sudah ada, atau data telah diubah sementara itu. Muat ulang lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>sinergi::ExcelPitfalls</name>
    <message>
        <source>The value %1 is in scientific notation: Excel has cut the number and its last digits are lost. Format the column as Text in Excel, enter the numbers again (or export them from the source system as text) and import again.</source>
        <translation>Nilai %1 ditulis dalam notasi ilmiah: Excel telah memotong angka tersebut dan digit terakhirnya hilang. Format kolom sebagai Teks di Excel, masukkan ulang angkanya (atau ekspor dari sistem sumber sebagai teks), lalu impor lagi.</translation>
    </message>
    <message>
        <source>The value %1 was stored by Excel as a number; Excel keeps only 15 digits, so the last digits may be wrong. Format the column as Text in Excel, enter the numbers again and import again.</source>
        <translation>Nilai %1 disimpan oleh Excel sebagai angka; Excel hanya menyimpan 15 digit sehingga digit terakhir mungkin salah. Format kolom sebagai Teks di Excel, masukkan ulang angkanya, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Column %1: every date could be day/month or month/day (both parts are 12 or less). The dates are read as day/month/year; check a few rows, or use yyyy-mm-dd in the file.</source>
        <translation>Kolom %1: setiap tanggal dapat dibaca sebagai hari/bulan atau bulan/hari (kedua bagian bernilai 12 atau kurang). Tanggal dibaca sebagai hari/bulan/tahun; periksa beberapa baris, atau gunakan format yyyy-mm-dd di berkas.</translation>
    </message>
    <message>
        <source>Column %1 mixes day/month and month/day dates (%2 rows prove day first, %3 prove month first). Correct the column so all dates use one format.</source>
        <translation>Kolom %1 mencampur tanggal hari/bulan dan bulan/hari (%2 baris jelas berformat hari dahulu, %3 baris bulan dahulu). Perbaiki kolom agar semua tanggal memakai satu format.</translation>
    </message>
</context>
<context>
    <name>sinergi::ExportColumns</name>
    <message>
        <source>%1 (label)</source>
        <translation>%1 (uraian)</translation>
    </message>
</context>
<context>
    <name>sinergi::ExportFile</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 adalah folder; berikan nama berkas</translation>
    </message>
</context>
<context>
    <name>sinergi::ExportPiiDialog</name>
    <message>
        <source>Export personal data?</source>
        <translation>Ekspor data pribadi?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; contains personal data: %2.&lt;/p&gt;&lt;p&gt;Without it the file holds every other column and can be shared for statistics and planning.&lt;/p&gt;&lt;p&gt;With it, anyone who gets the file can read these people&apos;s personal data outside Sinergi. Keep such a file only as long as needed, never send it by unencrypted e-mail or chat, and delete it afterwards. The export (who, when, which view, how many rows, the file name) is recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; berisi data pribadi: %2.&lt;/p&gt;&lt;p&gt;Tanpa data pribadi, berkas memuat semua kolom lainnya dan dapat dibagikan untuk statistik dan perencanaan.&lt;/p&gt;&lt;p&gt;Dengan data pribadi, siapa pun yang memperoleh berkas ini dapat membaca data pribadi orang-orang tersebut di luar Sinergi. Simpan berkas seperti ini hanya selama diperlukan, jangan kirim lewat surel atau aplikasi obrolan tanpa enkripsi, dan hapus setelahnya. Ekspor ini (siapa, kapan, tampilan mana, berapa baris, nama berkas) dicatat dalam log audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I understand that the file will contain personal data and that this export is recorded</source>
        <translation>Saya mengerti bahwa berkas ini berisi data pribadi dan ekspor ini dicatat</translation>
    </message>
    <message>
        <source>Export &amp;without personal data</source>
        <translation>Ekspor &amp;tanpa data pribadi</translation>
    </message>
    <message>
        <source>Export &amp;with personal data</source>
        <translation>Ekspor &amp;dengan data pribadi</translation>
    </message>
</context>
<context>
    <name>sinergi::FieldEditor</name>
    <message>
        <source>Personal data is hidden for your role.</source>
        <translation>Data pribadi disembunyikan untuk peran Anda.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>e.g. 081234567890</source>
        <translation>mis. 081234567890</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>mis. nama@contoh.id</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Diisi</translation>
    </message>
    <message>
        <source>Untick to leave the date empty.</source>
        <translation>Hapus centang agar tanggal dibiarkan kosong.</translation>
    </message>
    <message>
        <source>Type a code or a name…</source>
        <translation>Ketik kode atau nama…</translation>
    </message>
</context>
<context>
    <name>sinergi::FieldValidator</name>
    <message>
        <source>A value is required.</source>
        <translation>Nilai wajib diisi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the expected format.</source>
        <translation>&quot;%1&quot; tidak sesuai format yang diharapkan.</translation>
    </message>
    <message>
        <source>Must have between %1 and %2 characters.</source>
        <translation>Harus terdiri dari %1 sampai %2 karakter.</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>berapa pun</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3.</source>
        <translation>%1 berada di luar rentang %2 sampai %3.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bebas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>&quot;%1&quot; bukan tanggal (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>The date is before %1.</source>
        <translation>Tanggal lebih awal dari %1.</translation>
    </message>
    <message>
        <source>The date is after %1.</source>
        <translation>Tanggal lebih akhir dari %1.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Tanggal berada di masa depan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no (true, false, 1 or 0).</source>
        <translation>&quot;%1&quot; bukan ya/tidak (true, false, 1, atau 0).</translation>
    </message>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK terdiri dari tepat 16 angka.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Indonesian phone number (+62, 62 or 0, then 9-15 digits in all).</source>
        <translation>&quot;%1&quot; bukan nomor telepon Indonesia (+62, 62, atau 0, dengan total 9–15 angka).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bukan alamat surel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known region code here.</source>
        <translation>&quot;%1&quot; bukan kode wilayah yang dikenal di sini.</translation>
    </message>
    <message>
        <source>Code list %1 %2 is not loaded.</source>
        <translation>Daftar kode %1 %2 belum dimuat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the code list %2 (version %3).</source>
        <translation>&quot;%1&quot; tidak ada dalam daftar kode %2 (versi %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is from version %2 of the code list %3 and no longer in version %4; choose a current code when the record is next edited.</source>
        <translation>&quot;%1&quot; berasal dari versi %2 daftar kode %3 dan tidak ada lagi di versi %4; pilih kode yang berlaku saat data ini diubah berikutnya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is from the region list %3 and no longer in %4; choose a current code when the record is next edited.</source>
        <translation>&quot;%1&quot; (%2) berasal dari daftar wilayah %3 dan tidak ada lagi di %4; pilih kode yang berlaku saat data ini diubah berikutnya.</translation>
    </message>
</context>
<context>
    <name>sinergi::FirstAdminPage</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>e.g. admin.disnaker</source>
        <translation>mis. admin.disnaker</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>This account manages users, keys and settings. Create personal accounts for the other staff after the set-up.</source>
        <translation>Akun ini mengelola pengguna, kunci, dan pengaturan. Buat akun pribadi untuk staf lain setelah penyiapan selesai.</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Buat basis data</translation>
    </message>
</context>
<context>
    <name>sinergi::FirstRunWizard</name>
    <message>
        <source>Sinergi — first start</source>
        <translation>Sinergi — penyiapan awal</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportFilePage</name>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (dengan BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (Excel lama)</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel “Unicode text”)</source>
        <translation>UTF-16 LE (Excel “Unicode text”)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <source>File and target</source>
        <translation>Berkas dan tujuan</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel (XLSX) file, the dataset it goes into and, if the file comes from a known system, its mapping profile.</source>
        <translation>Pilih berkas CSV atau Excel (XLSX), dataset tujuannya dan, bila berkas berasal dari sistem yang dikenal, profil pemetaannya.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Lokasi berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar kerja:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Terdeteksi:</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>&amp;Profil pemetaan:</translation>
    </message>
    <message>
        <source>Columns are matched by their names; you can correct them in the next step.</source>
        <translation>Kolom dicocokkan menurut namanya; Anda dapat membetulkannya pada langkah berikutnya.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Berkas tidak ada.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): there is nothing to import. Export it again from the source system.</source>
        <translation>Berkas kosong (0 bita): tidak ada yang dapat diimpor. Ekspor ulang dari sistem sumbernya.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (XLSX) with %n sheet(s); choose the sheet to import.</source>
        <translation>
            <numerusform>Buku kerja Excel (XLSX) dengan %n lembar; pilih lembar yang akan diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV text · encoding: %1 · delimiter: %2 · %n column(s)</source>
        <translation>
            <numerusform>Teks CSV · pengodean: %1 · pemisah: %2 · %n kolom</numerusform>
        </translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(otomatis)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>Pe&amp;misah:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>P&amp;engodean:</translation>
    </message>
    <message>
        <source>CSV format:</source>
        <translation>Format CSV:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Koma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Titik koma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel “Unicode text”)</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (dipilih)</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>Pemetaan kolom</translation>
    </message>
    <message>
        <source>Check which column of the file goes into each field. Fields marked * are required.</source>
        <translation>Periksa kolom berkas mana yang mengisi setiap isian. Isian bertanda * wajib diisi.</translation>
    </message>
    <message>
        <source>Name of the source system, e.g. SIKAS Kecamatan</source>
        <translation>Nama sistem sumber, mis. SIKAS Kecamatan</translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation>Simpan sebagai &amp;profil</translation>
    </message>
    <message>
        <source>Save this mapping for the next file from the same system (shared by the office)</source>
        <translation>Simpan pemetaan ini untuk berkas berikutnya dari sistem yang sama (dipakai bersama se-kantor)</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nama profil:</translation>
    </message>
    <message>
        <source>Choose a column for the required field(s): %1. Without them every row would be rejected.</source>
        <translation>Pilih kolom untuk isian wajib: %1. Tanpa kolom itu setiap baris akan ditolak.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>Save mapping profile</source>
        <translation>Simpan profil pemetaan</translation>
    </message>
    <message>
        <source>The profile name needs at least one letter or digit.</source>
        <translation>Nama profil harus memuat sedikitnya satu huruf atau angka.</translation>
    </message>
    <message>
        <source>Saved from the import wizard.</source>
        <translation>Disimpan dari wisaya impor.</translation>
    </message>
    <message>
        <source>The mapping was saved as profile “%1”. Choose it on the first page for the next file from this system.</source>
        <translation>Pemetaan disimpan sebagai profil “%1”. Pilih profil ini di halaman pertama untuk berkas berikutnya dari sistem ini.</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>The import is all or nothing: either every accepted row is stored, or none.</source>
        <translation>Impor berlaku semua atau tidak sama sekali: semua baris yang diterima disimpan, atau tidak satu pun.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Records already in Sinergi</source>
        <translation>Data yang sudah ada di Sinergi</translation>
    </message>
    <message>
        <source>&amp;Add new records only; a row whose key is already stored is rejected</source>
        <translation>&amp;Hanya tambah data baru; baris yang kuncinya sudah tersimpan ditolak</translation>
    </message>
    <message>
        <source>&amp;Update records with the same key (filled cells only), add the others</source>
        <translation>&amp;Perbarui data dengan kunci yang sama (hanya sel yang terisi), tambahkan yang lain</translation>
    </message>
    <message>
        <source>&amp;Dry run: check everything and count, but store nothing</source>
        <translation>&amp;Uji coba: periksa dan hitung semuanya, tetapi jangan simpan apa pun</translation>
    </message>
    <message>
        <source>&amp;Reject rows with validation errors (otherwise they are imported and marked for correction)</source>
        <translation>&amp;Tolak baris yang memiliki galat validasi (jika tidak, baris diimpor dan ditandai untuk diperbaiki)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <source>Empty: do not write a file</source>
        <translation>Kosong: tidak menulis berkas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>A CSV file with every rejected row and the reason, to correct and import again.</source>
        <translation>Berkas CSV berisi setiap baris yang ditolak beserta alasannya, untuk diperbaiki lalu diimpor lagi.</translation>
    </message>
    <message>
        <source>The key that identifies a record: %1.</source>
        <translation>Kunci yang mengenali satu data: %1.</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <comment>file name of the rejected rows</comment>
        <translation>%1-ditolak.csv</translation>
    </message>
    <message>
        <source>Where to write the rejected rows</source>
        <translation>Tempat menulis baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>The rejected rows cannot be written over the file being imported. Choose another file name.</source>
        <translation>Baris yang ditolak tidak boleh ditulis menimpa berkas yang sedang diimpor. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to. Choose another place for the rejected rows, or leave the field empty.</source>
        <translation>Folder %1 tidak ada atau tidak dapat ditulisi. Pilih tempat lain untuk baris yang ditolak, atau kosongkan isian ini.</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportPreview</name>
    <message>
        <source>The natural key (%1) is empty.</source>
        <translation>Kunci alami (%1) kosong.</translation>
    </message>
    <message>
        <source>The natural key (%1) repeats an earlier row of this file; the earlier row is kept.</source>
        <translation>Kunci alami (%1) mengulang baris sebelumnya di berkas ini; baris yang lebih awal yang dipakai.</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file as they will be imported. Coloured cells have a problem: point at them to read it.</source>
        <translation>
            <numerusform>%n baris pertama berkas sebagaimana akan diimpor. Sel berwarna memiliki masalah: arahkan penunjuk ke sel untuk membacanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1 good, %2 with warnings, %3 with errors (imported, marked for correction), %4 rejected (not imported).</source>
        <translation>
            <numerusform>%n baris diperiksa: %1 baik, %2 dengan peringatan, %3 dengan galat (diimpor, ditandai untuk diperbaiki), %4 ditolak (tidak diimpor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel has damaged some numbers: a NIK or another long number appears as, for example, 3.2E+15, or was stored as a number with only 15 digits. The lost digits cannot be recovered, so these rows are rejected. In Excel, format the column as Text, type or paste the numbers again (or export them from the source system as text), save and import again.</source>
        <translation>Excel telah merusak beberapa angka: NIK atau angka panjang lain tampil sebagai, misalnya, 3,2E+15, atau tersimpan sebagai bilangan yang hanya 15 digit. Digit yang hilang tidak dapat dipulihkan, jadi baris tersebut ditolak. Di Excel, format kolomnya sebagai Teks, ketik atau tempel ulang angkanya (atau ekspor dari sistem sumber sebagai teks), simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>The rows are stored in one step at the end. Cancel undoes everything: the data stays as it was before the import.</source>
        <translation>Baris-baris disimpan sekaligus di akhir. Batal membatalkan semuanya: data tetap seperti sebelum impor.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Batalkan impor</translation>
    </message>
    <message>
        <source>&amp;Open the folder of the rejected rows file</source>
        <translation>&amp;Buka folder berkas baris yang ditolak</translation>
    </message>
    <message>
        <source>Cancelling… the changes are being undone.</source>
        <translation>Membatalkan… perubahan sedang dikembalikan.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Membaca dan memeriksa berkas…</translation>
    </message>
    <message>
        <source>%1 row(s) read…</source>
        <translation>%1 baris dibaca…</translation>
    </message>
    <message>
        <source>The import failed. Nothing was stored.</source>
        <translation>Impor gagal. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>%1

Nothing was stored; the data is as before the import.</source>
        <translation>%1

Tidak ada yang disimpan; data tetap seperti sebelum impor.</translation>
    </message>
    <message>
        <source>Read: %1 · added: %2 · updated: %3 · rejected: %4 · stored with errors to correct: %5</source>
        <translation>Dibaca: %1 · ditambahkan: %2 · diperbarui: %3 · ditolak: %4 · disimpan dengan galat untuk diperbaiki: %5</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The import was cancelled and undone: no row was stored, the data is as before.</source>
        <translation>Impor dibatalkan dan dikembalikan: tidak ada baris yang disimpan, data tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Dry run finished.</source>
        <translation>Uji coba selesai.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored. An import would give:</source>
        <translation>Uji coba: tidak ada yang disimpan. Impor sungguhan akan menghasilkan:</translation>
    </message>
    <message>
        <source>Import finished in %1 s.</source>
        <translation>Impor selesai dalam %1 detik.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>Baris yang ditolak beserta alasannya ada di %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
</context>
<context>
    <name>sinergi::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
</context>
<context>
    <name>sinergi::Importer</name>
    <message>
        <source>Unknown dataset “%1”.</source>
        <translation>Dataset “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): there is nothing to import.</source>
        <translation>Berkas %1 kosong (0 bita): tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>--sheet applies to XLSX workbooks only; %1 is a CSV file.</source>
        <translation>--sheet hanya berlaku untuk buku kerja XLSX; %1 adalah berkas CSV.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”. Sheets: %2.</source>
        <translation>Buku kerja tidak memiliki lembar “%1”. Lembar yang ada: %2.</translation>
    </message>
    <message>
        <source>The file %1 has no header row: there is nothing to import.</source>
        <translation>Berkas %1 tidak memiliki baris judul: tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Not enough free disk space for this import: about %1 MB are needed next to the store (%2 MB free). Free some space or import the file in parts.</source>
        <translation>Ruang disk tidak cukup untuk impor ini: dibutuhkan sekitar %1 MB di lokasi penyimpanan (tersedia %2 MB). Kosongkan sebagian ruang atau impor berkas secara bertahap.</translation>
    </message>
    <message>
        <source>No column of the file is mapped to the required field(s) %1 of dataset %2. Map a column to each (or choose another mapping profile) and import again.</source>
        <translation>Tidak ada kolom berkas yang dipetakan ke isian wajib %1 pada dataset %2. Petakan satu kolom ke setiap isian itu (atau pilih profil pemetaan lain), lalu impor lagi.</translation>
    </message>
    <message>
        <source>The natural key (%1) is empty.</source>
        <translation>Kunci alami (%1) kosong.</translation>
    </message>
    <message>
        <source>A record with this natural key (%1) is already in the store; import in upsert mode to update it.</source>
        <translation>Data dengan kunci alami ini (%1) sudah ada di penyimpanan; impor dengan mode upsert untuk memperbaruinya.</translation>
    </message>
    <message>
        <source>The natural key (%1) repeats an earlier row of this file; the earlier row is kept.</source>
        <translation>Kunci alami (%1) mengulang baris sebelumnya dalam berkas ini; baris sebelumnya yang dipakai.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more or fewer cells than the header (first at line %1); missing cells were read as empty.</source>
        <translation>
            <numerusform>%n baris memiliki sel lebih banyak atau lebih sedikit daripada baris judul (pertama di baris %1); sel yang kurang dibaca sebagai kosong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported because %n row(s) were rejected (strict mode).</source>
        <translation>
            <numerusform>Tidak ada yang diimpor karena %n baris ditolak (mode ketat).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::IpkCalculator</name>
    <message>
        <source>other / unknown</source>
        <translation>lainnya / tidak diketahui</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>%1, row “%2”, %3</source>
        <translation>%1, baris “%2”, %3</translation>
    </message>
    <message>
        <source>%1: the stock counted from the records is %2 but A − B is %3.</source>
        <translation>%1: sisa yang dihitung dari rekaman %2, tetapi A − B %3.</translation>
    </message>
    <message>
        <source>%1: the closing stock %2 is not the next period&apos;s opening %3.</source>
        <translation>%1: sisa akhir %2 tidak sama dengan sisa awal periode berikutnya %3.</translation>
    </message>
    <message>
        <source>%1: negative stock (opening %2, closing %3).</source>
        <translation>%1: sisa negatif (awal %2, akhir %3).</translation>
    </message>
    <message>
        <source>%1, %2: the closing stock %3 is not the next period&apos;s opening %4.</source>
        <translation>%1, %2: sisa akhir %3 tidak sama dengan sisa awal periode berikutnya %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n job seeker(s) not counted: registration date, sex, status or status date missing.</source>
        <translation>
            <numerusform>%n pencari kerja tidak dihitung: tanggal pendaftaran, jenis kelamin, status, atau tanggal status kosong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies) not counted: opening date missing, or closed without a closing date.</source>
        <translation>
            <numerusform>%n lowongan tidak dihitung: tanggal buka kosong, atau ditutup tanpa tanggal tutup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) not counted: placement date or type missing, or the job seeker is not in the store.</source>
        <translation>
            <numerusform>%n penempatan tidak dihitung: tanggal atau jenis penempatan kosong, atau pencari kerjanya tidak ada di penyimpanan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::IpkCharts</name>
    <message>
        <source>Job seekers: registered, placed and removed in the last 12 months</source>
        <translation>Pencari kerja: terdaftar, ditempatkan, dan dihapuskan dalam 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Ditempatkan</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapuskan</translation>
    </message>
    <message>
        <source>Job seekers registered at the end of the period by education</source>
        <translation>Pencari kerja terdaftar pada akhir periode menurut pendidikan</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Placements by type (AKL / AKAD / AKAN)</source>
        <translation>Penempatan menurut jenis (AKL / AKAD / AKAN)</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkColumns</name>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>(1) Opening</source>
        <translation>(1) Sisa awal</translation>
    </message>
    <message>
        <source>(2) Registered</source>
        <translation>(2) Terdaftar</translation>
    </message>
    <message>
        <source>A = 1+2</source>
        <translation>A = 1+2</translation>
    </message>
    <message>
        <source>(3) Placed / filled</source>
        <translation>(3) Ditempatkan / dipenuhi</translation>
    </message>
    <message>
        <source>(4) Removed</source>
        <translation>(4) Dihapuskan</translation>
    </message>
    <message>
        <source>B = 3+4</source>
        <translation>B = 3+4</translation>
    </message>
    <message>
        <source>(5) Closing = A−B</source>
        <translation>(5) Sisa akhir = A−B</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkCsv</name>
    <message>
        <source>whole regency</source>
        <translation>seluruh kabupaten/kota</translation>
    </message>
    <message>
        <source>kecamatan %1</source>
        <translation>kecamatan %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkDocumentInfo</name>
    <message>
        <source>regency not set (Settings)</source>
        <translation>kabupaten/kota belum diatur (Pengaturan)</translation>
    </message>
    <message>
        <source>whole regency</source>
        <translation>seluruh kabupaten/kota</translation>
    </message>
    <message>
        <source>kecamatan %1</source>
        <translation>kecamatan %1</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkFormSet</name>
    <message>
        <source>IPK form file %1, form “%2”: %3</source>
        <translation>Berkas formulir IPK %1, formulir “%2”: %3</translation>
    </message>
    <message>
        <source>“%1” needs an Indonesian text (“id”).</source>
        <translation>“%1” memerlukan teks bahasa Indonesia (“id”).</translation>
    </message>
    <message>
        <source>unknown subject “%1” (job_seekers, vacancies or placements).</source>
        <translation>subjek “%1” tidak dikenal (job_seekers, vacancies, atau placements).</translation>
    </message>
    <message>
        <source>unknown row dimension “%1”.</source>
        <translation>dimensi baris “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>age group “%1” needs min ≤ max.</source>
        <translation>golongan umur “%1” memerlukan min ≤ maks.</translation>
    </message>
    <message>
        <source>education row “%1” needs code prefixes.</source>
        <translation>baris pendidikan “%1” memerlukan awalan kode.</translation>
    </message>
    <message>
        <source>row “%1” needs a code (and for KBLI its version).</source>
        <translation>baris “%1” memerlukan kode (dan untuk KBLI versinya).</translation>
    </message>
    <message>
        <source>not valid JSON (%1).</source>
        <translation>bukan JSON yang sah (%1).</translation>
    </message>
    <message>
        <source>the file has no forms.</source>
        <translation>berkas tidak berisi formulir.</translation>
    </message>
    <message>
        <source>a form has no id.</source>
        <translation>ada formulir tanpa id.</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>id dipakai dua kali.</translation>
    </message>
    <message>
        <source>the form has no rows.</source>
        <translation>formulir tidak memiliki baris.</translation>
    </message>
    <message>
        <source>placements can only be broken down by education or shown as a total.</source>
        <translation>penempatan hanya dapat dirinci menurut pendidikan atau ditampilkan sebagai jumlah.</translation>
    </message>
    <message>
        <source>vacancies have an age range, not an age; they cannot be broken down by age group.</source>
        <translation>lowongan memiliki rentang umur, bukan umur; tidak dapat dirinci menurut golongan umur.</translation>
    </message>
    <message>
        <source>only vacancies carry a KBLI section.</source>
        <translation>hanya lowongan yang memiliki seksi KBLI.</translation>
    </message>
    <message>
        <source>The built-in IPK form set is missing.</source>
        <translation>Set formulir IPK bawaan tidak ditemukan.</translation>
    </message>
    <message>
        <source>code list “%1” %2 does not exist.</source>
        <translation>daftar kode “%1” %2 tidak ada.</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkPage</name>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Ekspor:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Laporan PDF</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Records that cause it:</source>
        <translation>Data penyebabnya:</translation>
    </message>
    <message>
        <source>Open these records</source>
        <translation>Buka data ini</translation>
    </message>
    <message>
        <source>Copy ids</source>
        <translation>Salin ID</translation>
    </message>
    <message>
        <source>IPK check: %1</source>
        <translation>Pemeriksaan IPK: %1</translation>
    </message>
    <message>
        <source>Semester I (January–June)</source>
        <translation>Semester I (Januari–Juni)</translation>
    </message>
    <message>
        <source>Semester II (July–December)</source>
        <translation>Semester II (Juli–Desember)</translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation>Seluruh kabupaten/kota</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>The tables could not be computed: %1</source>
        <translation>Tabel tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>%1, %2: computed in %3 ms</source>
        <translation>%1, %2: dihitung dalam %3 ms</translation>
    </message>
    <message>
        <source>Computing the tables…</source>
        <translation>Menghitung tabel…</translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation>Formulir %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n data)</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks hold: closing = A − B, closing = next opening, no negative stock.</source>
        <translation>Semua pemeriksaan terpenuhi: sisa akhir = A − B, sisa akhir = sisa awal periode berikutnya, tidak ada stok negatif.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold. Choose one to see the records that cause it.</source>
        <translation>
            <numerusform>%n pemeriksaan tidak terpenuhi. Pilih salah satu untuk melihat data penyebabnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Laporan PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the IPK tables</source>
        <translation>Ekspor tabel IPK</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>IPK reports</source>
        <translation>Laporan IPK</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkPdf</name>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF tidak dapat dibuat</translation>
    </message>
    <message>
        <source>IPK %1 · %2 · %3</source>
        <translation>IPK %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Labour Market Information (IPK) %1</source>
        <translation>Informasi Pasar Kerja (IPK) %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Labour Market Information (IPK)</source>
        <translation>Informasi Pasar Kerja (IPK)</translation>
    </message>
    <message>
        <source>Employment-service statistics of the labour office</source>
        <translation>Statistik antarkerja Dinas Tenaga Kerja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>All checks hold: closing = A − B, closing = next opening, no negative stock.</source>
        <translation>Semua pemeriksaan terpenuhi: sisa akhir = A − B, sisa akhir = sisa awal periode berikutnya, tidak ada stok negatif.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold: see the page “Checks”.</source>
        <translation>
            <numerusform>%n pemeriksaan tidak terpenuhi: lihat halaman “Pemeriksaan”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation>Formulir %1: %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (lanjutan)</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>Tidak ada data pada periode ini</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n data</numerusform>
        </translation>
    </message>
    <message>
        <source>all forms</source>
        <translation>semua formulir</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>… (%1 lainnya)</translation>
    </message>
    <message>
        <source>Record ids: %1</source>
        <translation>ID data: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold; the records named below cause them.</source>
        <translation>
            <numerusform>%n pemeriksaan tidak terpenuhi; penyebabnya adalah data yang disebut di bawah ini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::IpkTableModel</name>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Uraian</translation>
    </message>
</context>
<context>
    <name>sinergi::IpkXlsx</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Regency: %1</source>
        <translation>Kabupaten/kota: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Wilayah: %1</translation>
    </message>
    <message>
        <source>Made on %1 by %2</source>
        <translation>Dibuat pada %1 oleh %2</translation>
    </message>
    <message>
        <source>Form %1: %2</source>
        <translation>Formulir %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Checks: closing = A − B, closing = next opening, no negative stock</source>
        <translation>Pemeriksaan: sisa akhir = A − B, sisa akhir = sisa awal periode berikutnya, tidak ada stok negatif</translation>
    </message>
    <message>
        <source>All checks hold.</source>
        <translation>Semua pemeriksaan terpenuhi.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) do not hold; the records named below cause them.</source>
        <translation>
            <numerusform>%n pemeriksaan tidak terpenuhi; penyebabnya adalah data yang disebut di bawah ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>… (%1 lainnya)</translation>
    </message>
</context>
<context>
    <name>sinergi::LoginDialog</name>
    <message>
        <source>Labour data of the regency, in one encrypted store</source>
        <translation>Data ketenagakerjaan kabupaten dalam satu basis data terenkripsi</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#recover&quot;&gt;Forgot password? Use recovery code&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#recover&quot;&gt;Lupa kata sandi? Gunakan kode pemulihan&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak percobaan yang gagal. Anda dapat mencoba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinergi — log in</source>
        <translation>Sinergi — masuk</translation>
    </message>
    <message>
        <source>Sinergi — locked</source>
        <translation>Sinergi — terkunci</translation>
    </message>
    <message numerus="yes">
        <source>Sinergi was locked after %n minute(s) without activity. Your open work is kept; enter your password to continue.</source>
        <translation>
            <numerusform>Sinergi dikunci setelah %n menit tanpa aktivitas. Pekerjaan yang sedang terbuka tetap tersimpan; masukkan kata sandi Anda untuk melanjutkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinergi is locked. Your open work is kept; enter your password to continue.</source>
        <translation>Sinergi terkunci. Pekerjaan yang sedang terbuka tetap tersimpan; masukkan kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>sinergi::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup Sinergi</translation>
    </message>
    <message>
        <source>&amp;About Sinergi</source>
        <translation>&amp;Tentang Sinergi</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2) — %3</source>
        <translation>Masuk sebagai %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Sinergi — %1</source>
        <translation>Sinergi — %1</translation>
    </message>
    <message>
        <source>About Sinergi</source>
        <translation>Tentang Sinergi</translation>
    </message>
    <message>
        <source>Region codes (province, regency, kecamatan, desa): Ministry of Home Affairs decrees, compiled by idn-area-data 4.0.1, under the Open Database License (ODbL 1.0).
Libraries: Qt (LGPL 3), SQLCipher (BSD), libsodium (ISC), libzip (BSD), libxlsxwriter (BSD).</source>
        <translation>Kode wilayah (provinsi, kabupaten/kota, kecamatan, desa/kelurahan): keputusan Menteri Dalam Negeri, dihimpun oleh idn-area-data 4.0.1, dengan Open Database License (ODbL 1.0).
Pustaka: Qt (LGPL 3), SQLCipher (BSD), libsodium (ISC), libzip (BSD), libxlsxwriter (BSD).</translation>
    </message>
    <message>
        <source>Sinergi %1
Sinergitas Data Ketenagakerjaan

Labour records of the regency in one encrypted store, with reports and submission to SMData.

Qt %2</source>
        <translation>Sinergi %1
Sinergitas Data Ketenagakerjaan

Data ketenagakerjaan kabupaten dalam satu basis data terenkripsi, lengkap dengan laporan dan pengiriman ke SMData.

Qt %2</translation>
    </message>
    <message>
        <source>Region list %1 (loaded by %2; its README names no source).</source>
        <translation>Daftar wilayah %1 (dimuat oleh %2; README-nya tidak mencantumkan sumber).</translation>
    </message>
    <message>
        <source>Region list %1 (loaded by %2): %3</source>
        <translation>Daftar wilayah %1 (dimuat oleh %2): %3</translation>
    </message>
</context>
<context>
    <name>sinergi::MappingModel</name>
    <message>
        <source>(not mapped)</source>
        <translation>(tidak dipetakan)</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(kolom %1 tanpa nama)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (day first)</source>
        <translation>dd/mm/yyyy (hari dulu)</translation>
    </message>
    <message>
        <source>mm/dd/yyyy (month first)</source>
        <translation>mm/dd/yyyy (bulan dulu)</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (ISO)</source>
        <translation>yyyy-mm-dd (ISO)</translation>
    </message>
    <message>
        <source>Excel serial number</source>
        <translation>Nomor seri Excel</translation>
    </message>
    <message>
        <source>%1 (%2): required, every row needs a value</source>
        <translation>%1 (%2): wajib, setiap baris harus berisi nilai</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Matched automatically by the column name</source>
        <translation>Dicocokkan otomatis menurut nama kolom</translation>
    </message>
    <message>
        <source>Chosen by you or the profile</source>
        <translation>Dipilih oleh Anda atau oleh profil</translation>
    </message>
    <message>
        <source>Field in Sinergi</source>
        <translation>Isian di Sinergi</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format tanggal</translation>
    </message>
    <message>
        <source>Example (first row)</source>
        <translation>Contoh (baris pertama)</translation>
    </message>
</context>
<context>
    <name>sinergi::MappingProfile</name>
    <message>
        <source>Mapping profile %1: %2</source>
        <translation>Profil pemetaan %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>bukan objek JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, _ or - (at most 64)</source>
        <translation>&quot;id&quot; harus berupa huruf kecil, angka, _ atau - (paling banyak 64)</translation>
    </message>
    <message>
        <source>unknown date_format &quot;%1&quot;</source>
        <translation>date_format &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; must map to a field name or &quot;&quot;</source>
        <translation>%1: kolom &quot;%2&quot; harus dipetakan ke nama isian atau &quot;&quot;</translation>
    </message>
    <message>
        <source>%1.%2: unknown date_format &quot;%3&quot;</source>
        <translation>%1.%2: date_format &quot;%3&quot; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>sinergi::MappingProfileStore</name>
    <message>
        <source>There is no mapping profile “%1”. Known profiles: %2.</source>
        <translation>Profil pemetaan “%1” tidak ada. Profil yang dikenal: %2.</translation>
    </message>
</context>
<context>
    <name>sinergi::NikRule</name>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK terdiri dari tepat 16 angka.</translation>
    </message>
    <message>
        <source>The NIK starts with an unknown province code.</source>
        <translation>NIK diawali kode provinsi yang tidak dikenal.</translation>
    </message>
    <message>
        <source>Digits 1-6 of the NIK are not a known kecamatan code.</source>
        <translation>Angka ke-1 sampai ke-6 NIK bukan kode kecamatan yang dikenal.</translation>
    </message>
    <message>
        <source>Digits 7-12 of the NIK are not a valid birth date (DDMMYY, day + 40 for women).</source>
        <translation>Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY, tanggal + 40 untuk perempuan).</translation>
    </message>
    <message>
        <source>The last four digits of a NIK start at 0001.</source>
        <translation>Empat angka terakhir NIK dimulai dari 0001.</translation>
    </message>
    <message>
        <source>The NIK does not agree with the sex (women have day + 40 in the NIK).</source>
        <translation>NIK tidak sesuai dengan jenis kelamin (pada perempuan, tanggal di NIK ditambah 40).</translation>
    </message>
    <message>
        <source>The NIK does not agree with the date of birth.</source>
        <translation>NIK tidak sesuai dengan tanggal lahir.</translation>
    </message>
    <message>
        <source>&quot;prefix&quot; must be &quot;province&quot; or &quot;kecamatan&quot;</source>
        <translation>&quot;prefix&quot; harus &quot;province&quot; atau &quot;kecamatan&quot;</translation>
    </message>
    <message>
        <source>The NIK was first registered outside this office&apos;s regency (%1); check it unless the person moved here.</source>
        <translation>NIK pertama kali terdaftar di luar kabupaten/kota kantor ini (%1); periksa kecuali orangnya memang pindah ke sini.</translation>
    </message>
    <message>
        <source>Digits 1-6 of the NIK (%1) are a kecamatan code of the region list %2 that the current list (%3) no longer has; check the NIK unless it was issued before the change.</source>
        <translation>Digit 1–6 NIK (%1) adalah kode kecamatan dari daftar wilayah %2 yang tidak ada lagi di daftar yang berlaku (%3); periksa NIK ini kecuali NIK diterbitkan sebelum perubahan tersebut.</translation>
    </message>
</context>
<context>
    <name>sinergi::OutboxModel</name>
    <message>
        <source>queued</source>
        <translation>antre</translation>
    </message>
    <message>
        <source>sending %1/%2</source>
        <translation>mengirim %1/%2</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Percobaan berikutnya</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
</context>
<context>
    <name>sinergi::OutboxPage</name>
    <message>
        <source>Next attempt: %1</source>
        <translation>Percobaan berikutnya: %1</translation>
    </message>
    <message>
        <source>Sending the batch for %1: %2 of %3 part(s), %4 of %5</source>
        <translation>Mengirim batch periode %1: %2 dari %3 bagian, %4 dari %5</translation>
    </message>
    <message>
        <source>The batch for %1 is sent; SMData is checking it.</source>
        <translation>Batch periode %1 sudah terkirim; SMData sedang memeriksanya.</translation>
    </message>
    <message>
        <source>The batch for %1: %2</source>
        <translation>Batch periode %1: %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Fetching the correction list from SMData…</source>
        <translation>Mengambil daftar koreksi dari SMData…</translation>
    </message>
    <message>
        <source>The correction list could not be fetched: %1</source>
        <translation>Daftar koreksi tidak dapat diambil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the rejected batch.</source>
        <translation>
            <numerusform>%n galat pada batch yang ditolak.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMData submissions</source>
        <translation>Kiriman SMData</translation>
    </message>
    <message>
        <source>Batches for SMData</source>
        <translation>Batch untuk SMData</translation>
    </message>
    <message>
        <source>&amp;Build batch…</source>
        <translation>&amp;Buat batch…</translation>
    </message>
    <message>
        <source>The approved month to build a batch for</source>
        <translation>Bulan yang sudah disetujui untuk dibuatkan batch</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Kirim sekarang</translation>
    </message>
    <message>
        <source>View &amp;receipt</source>
        <translation>Lihat &amp;tanda terima</translation>
    </message>
    <message>
        <source>&amp;Correction list</source>
        <translation>&amp;Daftar koreksi</translation>
    </message>
</context>
<context>
    <name>sinergi::PasswordFeedback</name>
    <message numerus="yes">
        <source>At least %n characters, and not containing the user name.</source>
        <translation>
            <numerusform>Minimal %n karakter dan tidak memuat nama pengguna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good. Now type the password again to confirm it.</source>
        <translation>Bagus. Sekarang ketik ulang kata sandi untuk konfirmasi.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>The password meets the policy.</source>
        <translation>Kata sandi memenuhi ketentuan.</translation>
    </message>
</context>
<context>
    <name>sinergi::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus terdiri dari minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Kata sandi tidak boleh memuat nama pengguna.</translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodApprovalPage</name>
    <message>
        <source>Period approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Tinjau ulang</translation>
    </message>
    <message>
        <source>Approve period</source>
        <translation>Setujui periode</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Only a walidata or an administrator can approve or reopen a period. Records of an approved month cannot be changed.</source>
        <translation>Hanya walidata atau administrator yang dapat menyetujui atau membuka kembali periode. Data pada bulan yang sudah disetujui tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Validation problems of the month&apos;s records</source>
        <translation>Masalah validasi data bulan ini</translation>
    </message>
    <message>
        <source>IPK checks</source>
        <translation>Pemeriksaan IPK</translation>
    </message>
    <message>
        <source>Quality of the month&apos;s records</source>
        <translation>Kualitas data bulan ini</translation>
    </message>
    <message>
        <source>Approved periods</source>
        <translation>Periode yang disetujui</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Keabsahan</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Kemutakhiran</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Disetujui pada</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>Dibuka kembali oleh</translation>
    </message>
    <message>
        <source>Reopened at</source>
        <translation>Dibuka kembali pada</translation>
    </message>
    <message>
        <source>Note / reason</source>
        <translation>Catatan / alasan</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Meninjau…</translation>
    </message>
    <message>
        <source>The review could not be made: %1</source>
        <translation>Tinjauan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>%1: not approved</source>
        <translation>%1: belum disetujui</translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3 — its records are locked</source>
        <translation>%1: disetujui oleh %2 pada %3 — datanya dikunci</translation>
    </message>
    <message>
        <source>%1: reopened by %2 on %3 (reason: %4)</source>
        <translation>%1: dibuka kembali oleh %2 pada %3 (alasan: %4)</translation>
    </message>
    <message>
        <source>Reviewing the month…</source>
        <translation>Meninjau data bulan ini…</translation>
    </message>
    <message>
        <source>Review: %1 validation error(s), %2 warning(s), %3 of %4 IPK check(s) broken.</source>
        <translation>Hasil tinjauan: %1 kesalahan validasi, %2 peringatan, %3 dari %4 pemeriksaan IPK tidak sesuai.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n lainnya)</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>[errors acknowledged] %1</source>
        <translation>[kesalahan diakui] %1</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Buka kembali periode</translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodApprovals</name>
    <message>
        <source>“%1” is not a month. Write the period as year-month, e.g. 2025-06.</source>
        <translation>“%1” bukan bulan. Tuliskan periode sebagai tahun-bulan, misalnya 2025-06.</translation>
    </message>
    <message>
        <source>The review is of %1, not of %2. Review the period again.</source>
        <translation>Tinjauan ini untuk %1, bukan %2. Tinjau ulang periode tersebut.</translation>
    </message>
    <message>
        <source>Period %1 still has %2 validation error(s) and %3 broken IPK check(s). Correct them first, or approve with an explicit acknowledgement and a note that says why.</source>
        <translation>Periode %1 masih memiliki %2 kesalahan validasi dan %3 pemeriksaan IPK yang tidak sesuai. Perbaiki terlebih dahulu, atau setujui dengan pernyataan tegas bahwa kesalahan tersebut diketahui disertai catatan alasannya.</translation>
    </message>
    <message>
        <source>Period %1 is already approved.</source>
        <translation>Periode %1 sudah disetujui.</translation>
    </message>
    <message>
        <source>Write the reason for reopening period %1; it is kept in the audit log.</source>
        <translation>Tuliskan alasan membuka kembali periode %1; alasan ini disimpan dalam log audit.</translation>
    </message>
    <message>
        <source>Period %1 is not approved, so it cannot be reopened.</source>
        <translation>Periode %1 belum disetujui sehingga tidak dapat dibuka kembali.</translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodDecisionDialog</name>
    <message>
        <source>Approve period</source>
        <translation>Setujui periode</translation>
    </message>
    <message>
        <source>Approve %1? The records of this month will be locked against changes and imports until a walidata or an administrator reopens the period.</source>
        <translation>Setujui %1? Data bulan ini akan dikunci dari perubahan dan impor sampai walidata atau administrator membuka kembali periode tersebut.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Catatan (opsional):</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Buka kembali periode</translation>
    </message>
    <message>
        <source>Reopen %1? Its records can be changed again. The reason is kept in the audit log.</source>
        <translation>Buka kembali %1? Datanya dapat diubah lagi. Alasannya disimpan dalam log audit.</translation>
    </message>
    <message>
        <source>Reason for reopening (required):</source>
        <translation>Alasan membuka kembali (wajib):</translation>
    </message>
    <message>
        <source>I know the review found errors and approve the period anyway; the note says why.</source>
        <translation>Saya mengetahui tinjauan menemukan kesalahan dan tetap menyetujui periode ini; alasannya ada di catatan.</translation>
    </message>
    <message>
        <source>Note (required when errors are acknowledged):</source>
        <translation>Catatan (wajib bila kesalahan diakui):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodLock</name>
    <message>
        <source>Period %1 (%2) has been approved, so its records cannot be changed. A walidata or an administrator can reopen the period, with a reason, on the Period approval page.</source>
        <translation>Periode %1 (%2) sudah disetujui sehingga datanya tidak dapat diubah. Walidata atau administrator dapat membuka kembali periode tersebut, dengan alasan, di halaman Persetujuan periode.</translation>
    </message>
</context>
<context>
    <name>sinergi::PeriodReview</name>
    <message>
        <source>Closing stock = A − B</source>
        <translation>Sisa akhir = A − B</translation>
    </message>
    <message>
        <source>Closing stock = opening stock of the next month</source>
        <translation>Sisa akhir = sisa awal bulan berikutnya</translation>
    </message>
    <message>
        <source>No negative stock</source>
        <translation>Tidak ada sisa negatif</translation>
    </message>
    <message>
        <source>Every record counted in the tables</source>
        <translation>Semua data terhitung dalam tabel</translation>
    </message>
</context>
<context>
    <name>sinergi::PlacedStillActiveRule</name>
    <message>
        <source>&quot;active_statuses&quot; must be a non-empty list of status codes</source>
        <translation>&quot;active_statuses&quot; harus berupa daftar kode status yang tidak kosong</translation>
    </message>
    <message>
        <source>A placement is recorded for this job seeker, but the status is still “%1”.</source>
        <translation>Penempatan pencari kerja ini sudah tercatat, tetapi statusnya masih “%1”.</translation>
    </message>
</context>
<context>
    <name>sinergi::PreviewModel</name>
    <message>
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Row · status</source>
        <translation>Baris · status</translation>
    </message>
</context>
<context>
    <name>sinergi::ProblemRecordLabel</name>
    <message>
        <source>Record %1</source>
        <translation>Data %1</translation>
    </message>
</context>
<context>
    <name>sinergi::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with this problem</source>
        <translation>
            <numerusform>%n data dengan masalah ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule / record</source>
        <translation>Aturan / data</translation>
    </message>
    <message>
        <source>Records / field</source>
        <translation>Jumlah / isian</translation>
    </message>
    <message>
        <source>Severity / problem</source>
        <translation>Tingkat / masalah</translation>
    </message>
</context>
<context>
    <name>sinergi::ProblemsPanel</name>
    <message>
        <source>Validation cancelled; nothing was changed.</source>
        <translation>Validasi dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%L1 record(s) validated in %2 s.</source>
        <translation>%L1 data divalidasi dalam %2 detik.</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Validasi gagal: %1</translation>
    </message>
    <message>
        <source>Completeness: %1</source>
        <translation>Kelengkapan: %1</translation>
    </message>
    <message>
        <source>Validity: %1</source>
        <translation>Keabsahan: %1</translation>
    </message>
    <message>
        <source>Timeliness: %1</source>
        <translation>Kemutakhiran: %1</translation>
    </message>
    <message>
        <source>Share of the required fields that are filled in, over all %L1 record(s) (%L2 of %L3 values).</source>
        <translation>Bagian isian wajib yang sudah terisi, dari seluruh %L1 data (%L2 dari %L3 nilai).</translation>
    </message>
    <message>
        <source>Share of records without validation errors (%L1 of %L2). Warnings do not count against it.</source>
        <translation>Bagian data tanpa galat validasi (%L1 dari %L2). Peringatan tidak mengurangi angka ini.</translation>
    </message>
    <message>
        <source>Share of records that are current: AK/I card not expired and no report overdue (%L1 of %L2).</source>
        <translation>Bagian data yang mutakhir: kartu AK/I belum kedaluwarsa dan tidak ada lapor yang terlambat (%L1 dari %L2).</translation>
    </message>
    <message>
        <source>This dataset has no timeliness rule (card expiry or report due).</source>
        <translation>Dataset ini tidak punya aturan kemutakhiran (masa berlaku kartu atau jadwal lapor).</translation>
    </message>
    <message>
        <source>Validating… you can keep browsing; saving changes works again when it ends.</source>
        <translation>Sedang memvalidasi… Anda tetap bisa menelusuri data; menyimpan perubahan bisa lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Masalah data</translation>
    </message>
    <message>
        <source>Validate again</source>
        <translation>Validasi ulang</translation>
    </message>
    <message>
        <source>Check every record of this dataset again, including references to other datasets (needs the right to edit records).</source>
        <translation>Periksa ulang semua data dataset ini, termasuk rujukan ke dataset lain (perlu hak mengubah data).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Problems grouped by rule. Expand a rule and double-click a record to show it in the grid.</source>
        <translation>Masalah dikelompokkan per aturan. Buka satu aturan lalu klik dua kali sebuah data untuk menampilkannya di tabel.</translation>
    </message>
    <message>
        <source>Building the search and sort indexes (%1 of %2)… The imported data is already stored; the list works meanwhile, sorting and filters are slower until this ends.</source>
        <translation>Menyusun indeks pencarian dan pengurutan (%1 dari %2)… Data hasil impor sudah tersimpan; daftar tetap bisa dipakai, hanya pengurutan dan filter lebih lambat sampai ini selesai.</translation>
    </message>
</context>
<context>
    <name>sinergi::ReadinessDialog</name>
    <message>
        <source>SMData batch for %1</source>
        <translation>Batch SMData untuk %1</translation>
    </message>
    <message>
        <source>Preparing the batch for %1…</source>
        <translation>Menyiapkan batch untuk %1…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>From other months</source>
        <translation>Dari bulan lain</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Queue for sending</source>
        <translation>Masukkan ke antrean kirim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The batch for %1 cannot be prepared.</source>
        <translation>Batch untuk %1 tidak dapat disiapkan.</translation>
    </message>
    <message numerus="yes">
        <source>Period %1 (approved), regency %2: %3 record(s) will be sent and %4 withheld; %5 IPK aggregate line(s). Size %6 in %n part(s).</source>
        <translation>
            <numerusform>Periode %1 (disetujui), kabupaten/kota %2: %3 data akan dikirim dan %4 ditahan; %5 baris agregat IPK. Ukuran %6 dalam %n bagian.</numerusform>
        </translation>
    </message>
    <message>
        <source>No period field: every record is part of the batch</source>
        <translation>Tanpa kolom periode: semua data masuk ke batch</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) of the month by %2; %3 of other months not sent</source>
        <translation>
            <numerusform>%1 data bulan ini menurut %2; %3 data bulan lain tidak dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent as stored: %1</source>
        <translation>Dikirim apa adanya: %1</translation>
    </message>
    <message>
        <source>records %1</source>
        <translation>data %1</translation>
    </message>
    <message>
        <source>Fields pseudonymised</source>
        <translation>Kolom yang disamarkan</translation>
    </message>
    <message>
        <source>Fields minimised</source>
        <translation>Kolom yang diringkas</translation>
    </message>
    <message>
        <source>Fields withheld</source>
        <translation>Kolom yang ditahan</translation>
    </message>
    <message>
        <source>IPK aggregates (ipk_agregat)</source>
        <translation>Agregat IPK (ipk_agregat)</translation>
    </message>
    <message>
        <source>One line per form, row and column; every IPK check holds</source>
        <translation>Satu baris per formulir, baris, dan kolom; semua pemeriksaan IPK terpenuhi</translation>
    </message>
    <message numerus="yes">
        <source>%n IPK check(s) broken this month</source>
        <translation>
            <numerusform>%n pemeriksaan IPK tidak terpenuhi bulan ini</numerusform>
        </translation>
    </message>
    <message>
        <source>IPK check</source>
        <translation>Pemeriksaan IPK</translation>
    </message>
</context>
<context>
    <name>sinergi::ReceiptDialog</name>
    <message>
        <source>SMData receipt</source>
        <translation>Tanda terima SMData</translation>
    </message>
    <message>
        <source>What SMData signed for this batch. Verify it to check the signature with the pinned server key and that it describes exactly what this office sent.</source>
        <translation>Pernyataan yang ditandatangani SMData untuk batch ini. Verifikasi untuk memeriksa tanda tangannya dengan kunci server yang disematkan dan memastikan isinya sama persis dengan yang dikirim kantor ini.</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Regency:</source>
        <translation>Kabupaten/kota:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Rekaman:</translation>
    </message>
    <message>
        <source>Rejected records:</source>
        <translation>Rekaman ditolak:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Byte:</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>Diserahkan:</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Diputuskan:</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Tanda terima:</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>SHA-256 isi:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Kunci penanda tangan:</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Belum diverifikasi.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>Valid: signed by the pinned SMData key and describing exactly this batch.</source>
        <translation>Sah: ditandatangani dengan kunci SMData yang disematkan dan menerangkan tepat batch ini.</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordExportFlow</name>
    <message>
        <source>Export records</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Mengekspor %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Tidak ada yang ditulis. %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Ekspor dibatalkan</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 exported to %2.</source>
        <translation>
            <numerusform>%n baris %1 diekspor ke %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains personal data. Delete it when it is no longer needed.</source>
        <translation>Berkas ini berisi data pribadi. Hapus bila tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>Personal data columns (NIK, names, addresses, …) were left out.</source>
        <translation>Kolom data pribadi (NIK, nama, alamat, …) tidak disertakan.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordExporter</name>
    <message>
        <source>Unknown dataset &quot;%1&quot;.</source>
        <translation>Dataset &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Exporting personal data (NIK, names, addresses) needs an explicit confirmation: the file can be copied and shared outside Sinergi, and the export is recorded in the audit log.</source>
        <translation>Ekspor data pribadi (NIK, nama, alamat) memerlukan konfirmasi tegas: berkasnya dapat disalin dan dibagikan di luar Sinergi, dan ekspor ini dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation>Nama berkas untuk ekspor belum diberikan.</translation>
    </message>
    <message>
        <source>This view has %L1 rows; an Excel sheet holds at most %L2. Export it as CSV, or narrow the view with a filter.</source>
        <translation>Tampilan ini berisi %L1 baris; satu lembar Excel menampung paling banyak %L2. Ekspor sebagai CSV, atau persempit tampilan dengan filter.</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordFormDialog</name>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>Data %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>New record — %1</source>
        <translation>Data baru — %1</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Data baru: %1</translation>
    </message>
    <message>
        <source>Fields marked * are required. A record with problems can still be saved; it is then flagged in the list.</source>
        <translation>Isian bertanda * wajib diisi. Data yang masih bermasalah tetap dapat disimpan; data itu lalu ditandai di daftar.</translation>
    </message>
    <message>
        <source>Record — %1</source>
        <translation>Data — %1</translation>
    </message>
    <message>
        <source>Edit record — %1</source>
        <translation>Ubah data — %1</translation>
    </message>
    <message>
        <source>%1, record %2 (version %3)</source>
        <translation>%1, data %2 (versi %3)</translation>
    </message>
    <message>
        <source>You can view this record but not change it.</source>
        <translation>Anda dapat melihat data ini, tetapi tidak dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see the fields marked below. The record can still be saved.</source>
        <translation>
            <numerusform>Ditemukan %n masalah; lihat isian yang ditandai di bawah. Data tetap dapat disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Simpan data</translation>
    </message>
    <message>
        <source>%1

Your changes were not saved. Close this form and open the record again to see the current values.</source>
        <translation>%1

Perubahan Anda tidak disimpan. Tutup formulir ini lalu buka data itu lagi untuk melihat nilai terbaru.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation>Tutup formulir tanpa menyimpan perubahan Anda?</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordGridProxy</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klik untuk mengurutkan menurut kolom ini</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Kolom ini tidak dapat diurutkan</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordHistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation>Riwayat data</translation>
    </message>
    <message>
        <source>Every change to this record: who made it, when, and each field&apos;s old and new value. Undo reverts one change when its fields still hold the values it wrote.</source>
        <translation>Setiap perubahan pada data ini: siapa yang mengubah, kapan, serta nilai lama dan baru tiap isian. Pembatalan mengembalikan satu perubahan selama isiannya masih memuat nilai yang ditulis perubahan itu.</translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation>&amp;Batalkan perubahan ini</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Lama → baru</translation>
    </message>
    <message>
        <source>History of %1, record %2</source>
        <translation>Riwayat %1, data %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Undone (earlier change reverted)</source>
        <translation>Dibatalkan (perubahan sebelumnya dikembalikan)</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled</source>
        <translation>
            <numerusform>%n isian terisi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This change could not be undone: %1</source>
        <translation>Perubahan ini tidak dapat dibatalkan: %1</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordService</name>
    <message>
        <source>Unknown dataset “%1”.</source>
        <translation>Dataset “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>Dataset “%1” has no field “%2”.</source>
        <translation>Dataset “%1” tidak memiliki kolom “%2”.</translation>
    </message>
    <message>
        <source>Record %1 does not exist.</source>
        <translation>Data %1 tidak ada.</translation>
    </message>
    <message>
        <source>Record %1 is deleted; restore it before editing.</source>
        <translation>Data %1 telah dihapus; pulihkan terlebih dahulu sebelum menyunting.</translation>
    </message>
    <message>
        <source>No such change in the history of %1.</source>
        <translation>Perubahan tersebut tidak ada dalam riwayat %1.</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation>Perubahan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Only edits, deletions and restorations can be undone; delete the record instead.</source>
        <translation>Hanya penyuntingan, penghapusan, dan pemulihan yang dapat dibatalkan; hapus saja datanya.</translation>
    </message>
    <message>
        <source>“%1” was changed again after this edit; undo the later change first.</source>
        <translation>“%1” diubah lagi setelah penyuntingan ini; batalkan perubahan yang lebih baru terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordSql</name>
    <message>
        <source>Column &quot;%1&quot; of dataset &quot;%2&quot; cannot be sorted (no index)</source>
        <translation>Kolom &quot;%1&quot; pada dataset &quot;%2&quot; tidak dapat diurutkan (tidak berindeks)</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>Dataset &quot;%1&quot; tidak memiliki isian &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Filtering on &quot;%1&quot; needs the permission to view personal data</source>
        <translation>Menyaring menurut &quot;%1&quot; memerlukan izin melihat data pribadi</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordTableModel</name>
    <message>
        <source>Viewing records is not allowed for this role</source>
        <translation>Peran ini tidak diizinkan melihat data</translation>
    </message>
    <message>
        <source>Unknown dataset &quot;%1&quot;</source>
        <translation>Dataset &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>This record was changed by someone else after it was shown here. Your change was not saved; the row now shows the current values.</source>
        <translation>Data ini telah diubah oleh orang lain setelah ditampilkan di sini. Perubahan Anda tidak disimpan; baris ini sekarang menampilkan nilai terkini.</translation>
    </message>
</context>
<context>
    <name>sinergi::RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <source>Quick search…</source>
        <translation>Cari cepat…</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Hanya yang &amp;bermasalah</translation>
    </message>
    <message>
        <source>Show de&amp;leted</source>
        <translation>Tampilkan yang di&amp;hapus</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Hap&amp;us</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Data tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>(no filter)</source>
        <translation>(tanpa filter)</translation>
    </message>
    <message>
        <source>is</source>
        <translation>sama dengan</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>diawali</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>memuat</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sorted (only indexed columns can, to stay fast with many records).</source>
        <translation>&quot;%1&quot; tidak dapat diurutkan (hanya kolom berindeks yang bisa, agar tetap cepat dengan banyak data).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n data</numerusform>
        </translation>
    </message>
    <message>
        <source> — shown in %1 ms</source>
        <translation> — tampil dalam %1 ms</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Lihat…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Data baru</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Buka data</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Riwayat data</translation>
    </message>
    <message>
        <source>Restore record</source>
        <translation>Pulihkan data</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Hapus data</translation>
    </message>
    <message>
        <source>Delete record %1? It leaves the list and the reports; its history is kept, and &quot;Show deleted&quot; lets you restore it.</source>
        <translation>Hapus data %1? Data ini keluar dari daftar dan laporan; riwayatnya tetap disimpan, dan &quot;Tampilkan yang dihapus&quot; memungkinkan Anda memulihkannya.</translation>
    </message>
    <message>
        <source>Quick search needs access to personal data</source>
        <translation>Cari cepat memerlukan akses ke data pribadi</translation>
    </message>
    <message>
        <source>Quick search unavailable</source>
        <translation>Cari cepat tidak tersedia</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Record %1 saved.</source>
        <translation>Data %1 disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Record %1 saved with %n problem(s): %2</source>
        <translation>
            <numerusform>Data %1 disimpan dengan %n masalah: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import a CSV or Excel file into this dataset</source>
        <translation>Impor berkas CSV atau Excel ke dataset ini</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Export the rows shown (search, filters and sort as set) to an Excel or CSV file</source>
        <translation>Ekspor baris yang tampil (sesuai pencarian, filter dan urutan) ke berkas Excel atau CSV</translation>
    </message>
    <message>
        <source>Record %1 no longer exists or was deleted.</source>
        <translation>Data %1 sudah tidak ada atau telah dihapus.</translation>
    </message>
    <message>
        <source>Finds records in which one of these starts with the text (as typed, in CAPITALS or in Title Case): %1. A name is found by its beginning: &quot;siti a&quot; finds &quot;Siti Aminah&quot;, &quot;aminah&quot; does not.</source>
        <translation>Mencari data yang salah satu kolom ini diawali teks tersebut (seperti diketik, dalam HURUF BESAR, atau Huruf Awal Kapital): %1. Nama dicari dari awalnya: &quot;siti a&quot; menemukan &quot;Siti Aminah&quot;, &quot;aminah&quot; tidak.</translation>
    </message>
    <message>
        <source>Show all records</source>
        <translation>Tampilkan semua data</translation>
    </message>
    <message numerus="yes">
        <source>From the dashboard: %1 (%n record(s))</source>
        <translation>
            <numerusform>Dari dasbor: %1 (%n data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryCodePage</name>
    <message>
        <source>Creating the encrypted store. This takes a few seconds…</source>
        <translation>Membuat basis data terenkripsi. Proses ini memerlukan beberapa detik…</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>Basis data tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Go back to choose another folder, or try again.</source>
        <translation>Kembali untuk memilih folder lain, atau coba lagi.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>The store is created with your administrator account and a recovery code.</source>
        <translation>Basis data telah dibuat beserta akun administrator Anda dan sebuah kode pemulihan.</translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryCodeView</name>
    <message>
        <source>This recovery code opens the store when every administrator password is lost. It is shown only this once: write it down or print it, and keep it in a locked place away from this computer.</source>
        <translation>Kode pemulihan ini membuka basis data jika semua kata sandi administrator hilang. Kode hanya ditampilkan sekali ini: catat atau cetak, lalu simpan di tempat terkunci yang terpisah dari komputer ini.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Simpan ke berkas…</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>Saya sudah mencatat kode pemulihan</translation>
    </message>
    <message>
        <source>Sinergi recovery code</source>
        <translation>Kode pemulihan Sinergi</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Dibuat: %1</translation>
    </message>
    <message>
        <source>This code opens the store when every administrator password is lost. Keep it locked away and never store it on this computer.</source>
        <translation>Kode ini membuka basis data jika semua kata sandi administrator hilang. Simpan di tempat terkunci dan jangan pernah menyimpannya di komputer ini.</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Cetak kode pemulihan</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Simpan kode pemulihan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The recovery code was saved to %1. Move this file to a USB stick or print it, then delete it from this computer.</source>
        <translation>Kode pemulihan disimpan ke %1. Pindahkan berkas ini ke flashdisk atau cetak, lalu hapus dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>sinergi::RecoveryDialog</name>
    <message>
        <source>Recover access</source>
        <translation>Pulihkan akses</translation>
    </message>
    <message>
        <source>Enter the recovery code that was shown when the store was created. The administrator you name gets the new password, is enabled again and is logged in. This is recorded in the audit log.</source>
        <translation>Masukkan kode pemulihan yang ditampilkan saat basis data dibuat. Administrator yang Anda sebutkan mendapat kata sandi baru, diaktifkan kembali, dan langsung masuk. Tindakan ini dicatat di log audit.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kode pemulihan:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>User name of an administrator</source>
        <translation>Nama pengguna seorang administrator</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Opening the store with the recovery code…</source>
        <translation>Membuka basis data dengan kode pemulihan…</translation>
    </message>
    <message>
        <source>&amp;Recover and log in</source>
        <translation>&amp;Pulihkan dan masuk</translation>
    </message>
</context>
<context>
    <name>sinergi::ReferenceExistsRule</name>
    <message>
        <source>No %1 record with %2 = %3 exists.</source>
        <translation>Tidak ada data %1 dengan %2 = %3.</translation>
    </message>
</context>
<context>
    <name>sinergi::ReferenceLists</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a code list can be (%L2 bytes at most).</source>
        <translation>%1 lebih besar dari ukuran daftar kode yang diizinkan (paling banyak %L2 bita).</translation>
    </message>
    <message>
        <source>%1: no dataset uses a code list &quot;%2&quot;. Known lists: %3.</source>
        <translation>%1: tidak ada dataset yang memakai daftar kode &quot;%2&quot;. Daftar yang dikenal: %3.</translation>
    </message>
    <message>
        <source>Code list %1 version %2 is already loaded.</source>
        <translation>Daftar kode %1 versi %2 sudah dimuat.</translation>
    </message>
    <message>
        <source>%1: version %2 of %3 is older than the version in use (%4). Only a newer edition can be loaded.</source>
        <translation>%1: versi %2 dari %3 lebih lama daripada versi yang berlaku (%4). Hanya edisi yang lebih baru yang dapat dimuat.</translation>
    </message>
</context>
<context>
    <name>sinergi::ReferenceListsPanel</name>
    <message>
        <source>Reference lists</source>
        <translation>Daftar referensi</translation>
    </message>
    <message>
        <source>Code lists used by the datasets. New entries use the version in use; codes from older versions stay readable, and records that still carry them are flagged with a warning.</source>
        <translation>Daftar kode yang dipakai dataset. Data baru memakai versi yang berlaku; kode dari versi lama tetap terbaca, dan data yang masih memakainya ditandai dengan peringatan.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>&amp;Load new version…</source>
        <translation>&amp;Muat versi baru…</translation>
    </message>
    <message>
        <source>Only an administrator can load a new version.</source>
        <translation>Hanya administrator yang dapat memuat versi baru.</translation>
    </message>
    <message>
        <source>Shipped with Sinergi</source>
        <translation>Bawaan Sinergi</translation>
    </message>
    <message>
        <source>Loaded %1 by %2</source>
        <translation>Dimuat %1 oleh %2</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Older (codes stay readable)</source>
        <translation>Lama (kode tetap terbaca)</translation>
    </message>
    <message>
        <source>Load a new version of a code list</source>
        <translation>Muat versi baru daftar kode</translation>
    </message>
    <message>
        <source>Code list (*.json)</source>
        <translation>Daftar kode (*.json)</translation>
    </message>
    <message>
        <source>%1 version %2 loaded (%3 codes). Version %4 stays readable for existing records.</source>
        <translation>%1 versi %2 dimuat (%3 kode). Versi %4 tetap terbaca untuk data yang sudah ada.</translation>
    </message>
    <message>
        <source>No longer in the new version: %1. Records that carry these codes are flagged with a warning.</source>
        <translation>Tidak ada lagi di versi baru: %1. Data yang memakai kode ini ditandai dengan peringatan.</translation>
    </message>
    <message>
        <source>The record pages use it after the next log-in.</source>
        <translation>Halaman data memakainya setelah Anda masuk lagi.</translation>
    </message>
    <message>
        <source>Reference list loaded</source>
        <translation>Daftar referensi dimuat</translation>
    </message>
    <message>
        <source>Reference list not loaded</source>
        <translation>Daftar referensi tidak dimuat</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Tidak ada yang diubah. %1</translation>
    </message>
</context>
<context>
    <name>sinergi::RegionCatalog</name>
    <message>
        <source>Cannot read the region list %1: %2</source>
        <translation>Tidak dapat membaca daftar wilayah %1: %2</translation>
    </message>
    <message>
        <source>Region list %1, line %2: expected a code and a name</source>
        <translation>Daftar wilayah %1, baris %2: seharusnya berisi kode dan nama</translation>
    </message>
    <message>
        <source>%1 (region list %2)</source>
        <translation>%1 (daftar wilayah %2)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>the header must be &quot;%1&quot;</source>
        <translation>baris judul harus &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected %1 fields separated by commas, found %2</source>
        <translation>seharusnya %1 kolom yang dipisahkan koma, ditemukan %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code of this level</source>
        <translation>&quot;%1&quot; bukan kode wilayah untuk tingkat ini</translation>
    </message>
    <message>
        <source>the region %1 has no name</source>
        <translation>wilayah %1 tidak memiliki nama</translation>
    </message>
    <message>
        <source>the name of %1 is not UTF-8 text of at most 200 characters</source>
        <translation>nama %1 bukan teks UTF-8 dengan paling banyak 200 karakter</translation>
    </message>
    <message>
        <source>the code %1 does not belong under &quot;%2&quot;</source>
        <translation>kode %1 tidak berada di bawah &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the parent code %1 is not in %2</source>
        <translation>kode induk %1 tidak ada di %2</translation>
    </message>
    <message>
        <source>more than %L1 regions; this is not a region list</source>
        <translation>lebih dari %L1 wilayah; ini bukan daftar wilayah</translation>
    </message>
    <message>
        <source>%1 has no regions.</source>
        <translation>%1 tidak berisi wilayah.</translation>
    </message>
    <message>
        <source>%1: the code %2 appears more than once.</source>
        <translation>%1: kode %2 muncul lebih dari sekali.</translation>
    </message>
</context>
<context>
    <name>sinergi::RegionEditions</name>
    <message>
        <source>Indonesian administrative area codes from %1, © its contributors, compiled from Kemendagri decrees, available under the Open Database License (ODbL) 1.0.</source>
        <translation>Kode wilayah administrasi Indonesia dari %1, © para kontributornya, dihimpun dari keputusan Kemendagri, tersedia di bawah Open Database License (ODbL) 1.0.</translation>
    </message>
    <message>
        <source>The stored region list %1 cannot be read (%2).</source>
        <translation>Daftar wilayah %1 yang tersimpan tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>The region list %1 is already loaded.</source>
        <translation>Daftar wilayah %1 sudah dimuat.</translation>
    </message>
    <message>
        <source>The region list %1 is not newer than the one in use (%2). Only a newer edition can be loaded.</source>
        <translation>Daftar wilayah %1 tidak lebih baru daripada yang berlaku (%2). Hanya edisi yang lebih baru yang dapat dimuat.</translation>
    </message>
</context>
<context>
    <name>sinergi::RegionEditionsPanel</name>
    <message>
        <source>Region list (wilayah)</source>
        <translation>Daftar wilayah</translation>
    </message>
    <message>
        <source>Province, regency, kecamatan and desa codes (Kemendagri). The pickers and the NIK check use the edition in use; codes that only an older edition has stay readable, and records that still carry them are flagged with a warning.</source>
        <translation>Kode provinsi, kabupaten/kota, kecamatan, dan desa/kelurahan (Kemendagri). Pilihan isian dan pemeriksaan NIK memakai edisi yang berlaku; kode yang hanya ada di edisi lama tetap dapat dibaca, dan data yang masih memuatnya ditandai dengan peringatan.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regencies</source>
        <translation>Kab/Kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa/Kel.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Load &amp;region list…</source>
        <translation>Muat daftar &amp;wilayah…</translation>
    </message>
    <message>
        <source>From a folder…</source>
        <translation>Dari folder…</translation>
    </message>
    <message>
        <source>From a zip file…</source>
        <translation>Dari berkas zip…</translation>
    </message>
    <message>
        <source>Only an administrator can load a new edition.</source>
        <translation>Hanya administrator yang dapat memuat edisi baru.</translation>
    </message>
    <message>
        <source>Checking the region list…</source>
        <translation>Memeriksa daftar wilayah…</translation>
    </message>
    <message>
        <source>Shipped with Sinergi</source>
        <translation>Bawaan Sinergi</translation>
    </message>
    <message>
        <source>Loaded %1 by %2 from %3</source>
        <translation>Dimuat %1 oleh %2 dari %3</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Older (codes stay readable)</source>
        <translation>Lama (kode tetap terbaca)</translation>
    </message>
    <message>
        <source>The edition in use names no source in its README.</source>
        <translation>Edisi yang berlaku tidak mencantumkan sumber dalam README-nya.</translation>
    </message>
    <message>
        <source>Source and licence: %1</source>
        <translation>Sumber dan lisensi: %1</translation>
    </message>
    <message>
        <source>Choose the folder of the new region list</source>
        <translation>Pilih folder daftar wilayah baru</translation>
    </message>
    <message>
        <source>Choose the new region list</source>
        <translation>Pilih daftar wilayah baru</translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation>Berkas zip (*.zip)</translation>
    </message>
    <message>
        <source>Region list not loaded</source>
        <translation>Daftar wilayah tidak dimuat</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Tidak ada yang diubah. %1</translation>
    </message>
    <message>
        <source>Region list %1 loaded: %2 provinces, %3 regencies, %4 kecamatan, %5 desa. Edition %6 stays readable for existing records.</source>
        <translation>Daftar wilayah %1 dimuat: %2 provinsi, %3 kabupaten/kota, %4 kecamatan, %5 desa/kelurahan. Edisi %6 tetap dapat dibaca untuk data yang sudah ada.</translation>
    </message>
    <message>
        <source>No longer in the new edition: %1 kecamatan and %2 desa codes. Records that carry them are flagged with a warning.</source>
        <translation>Tidak ada lagi di edisi baru: %1 kode kecamatan dan %2 kode desa/kelurahan. Data yang memuatnya ditandai dengan peringatan.</translation>
    </message>
    <message>
        <source>The record pages use it after the next log-in.</source>
        <translation>Halaman data memakainya setelah Anda masuk lagi.</translation>
    </message>
    <message>
        <source>Region list loaded</source>
        <translation>Daftar wilayah dimuat</translation>
    </message>
</context>
<context>
    <name>sinergi::RegionListFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>The folder %1 has no %2; a region list needs provinces.csv, regencies.csv, districts.csv, villages.csv and VERSION.</source>
        <translation>Folder %1 tidak berisi %2; daftar wilayah memerlukan provinces.csv, regencies.csv, districts.csv, villages.csv, dan VERSION.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a region list file can be (%L2 bytes at most).</source>
        <translation>%1 melebihi ukuran berkas daftar wilayah yang diizinkan (paling besar %L2 bita).</translation>
    </message>
    <message>
        <source>%1 is not a folder or a complete zip file (%2).</source>
        <translation>%1 bukan folder atau berkas zip yang utuh (%2).</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; it is not a region list.</source>
        <translation>%1 berisi lebih dari %2 berkas; ini bukan daftar wilayah.</translation>
    </message>
    <message>
        <source>%1 holds %2 more than once; put one region list in the zip file.</source>
        <translation>%1 berisi %2 lebih dari sekali; masukkan satu daftar wilayah saja ke dalam berkas zip.</translation>
    </message>
    <message>
        <source>The zip file %1 has no %2; a region list needs provinces.csv, regencies.csv, districts.csv, villages.csv and VERSION.</source>
        <translation>Berkas zip %1 tidak berisi %2; daftar wilayah memerlukan provinces.csv, regencies.csv, districts.csv, villages.csv, dan VERSION.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: %3</source>
        <translation>%1 di dalam %2 tidak dapat dibaca: %3</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3</source>
        <translation>%1 di dalam %2 rusak: %3</translation>
    </message>
    <message>
        <source>VERSION in %1 must be one line ending in a version number, like &quot;idn-area-data 4.0.2&quot;.</source>
        <translation>VERSION di %1 harus berupa satu baris yang diakhiri nomor versi, misalnya &quot;idn-area-data 4.0.2&quot;.</translation>
    </message>
</context>
<context>
    <name>sinergi::RejectsWriter</name>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Baris yang ditolak tidak dapat ditulis ke %1: %2</translation>
    </message>
    <message>
        <source>row</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
</context>
<context>
    <name>sinergi::ReportPeriod</name>
    <message>
        <source>Year %1 is outside %2–%3.</source>
        <translation>Tahun %1 di luar rentang %2–%3.</translation>
    </message>
    <message>
        <source>There is no month %1; use 1–12.</source>
        <translation>Bulan %1 tidak ada; gunakan 1–12.</translation>
    </message>
    <message>
        <source>There is no semester %1; use S1 or S2.</source>
        <translation>Semester %1 tidak ada; gunakan S1 atau S2.</translation>
    </message>
    <message>
        <source>Period “%1” not recognised. Write a month as 2025-03, a semester as 2025-S1 or a year as 2025.</source>
        <translation>Periode “%1” tidak dikenali. Tulis bulan sebagai 2025-03, semester sebagai 2025-S1, atau tahun sebagai 2025.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Semester I %1</source>
        <translation>Semester I %1</translation>
    </message>
    <message>
        <source>Semester II %1</source>
        <translation>Semester II %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
</context>
<context>
    <name>sinergi::ReportRulesPanel</name>
    <message>
        <source>IPK report rules</source>
        <translation>Aturan laporan IPK</translation>
    </message>
    <message>
        <source>How the dashboard and the IPK tables count job seekers. The guidelines leave these choices to the office; changing them changes the numbers of every period, past ones included.</source>
        <translation>Cara dasbor dan tabel IPK menghitung pencari kerja. Pedoman menyerahkan pilihan ini kepada kantor; mengubahnya mengubah angka setiap periode, termasuk periode yang sudah lewat.</translation>
    </message>
    <message>
        <source>only when removed by hand</source>
        <translation>hanya bila dihapus secara manual</translation>
    </message>
    <message>
        <source> month(s) after the card expired</source>
        <translation> bulan setelah kartu kedaluwarsa</translation>
    </message>
    <message>
        <source>A card still registered is counted as removed this many months after its validity ended without a report (0: the day after it expired).</source>
        <translation>Kartu yang masih terdaftar dihitung dihapuskan sekian bulan setelah masa berlakunya habis tanpa lapor diri (0: sehari setelah kedaluwarsa).</translation>
    </message>
    <message>
        <source>Expired card counts as &amp;removed:</source>
        <translation>Kartu kedaluwarsa dihitung &amp;dihapuskan:</translation>
    </message>
    <message>
        <source>at the end of the reported period</source>
        <translation>pada akhir periode laporan</translation>
    </message>
    <message>
        <source>at registration</source>
        <translation>pada saat pendaftaran</translation>
    </message>
    <message>
        <source>&amp;Age for the age groups:</source>
        <translation>&amp;Umur untuk kelompok umur:</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <source>Only an administrator can change these rules.</source>
        <translation>Hanya administrator yang dapat mengubah aturan ini.</translation>
    </message>
    <message>
        <source>Saved. The dashboard and the IPK tables use the new rules from now on.</source>
        <translation>Tersimpan. Dasbor dan tabel IPK memakai aturan baru mulai sekarang.</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Aturan tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>sinergi::RequiredIfRule</name>
    <message>
        <source>&quot;equals&quot; must be a non-empty list of values</source>
        <translation>&quot;equals&quot; harus berupa daftar nilai yang tidak kosong</translation>
    </message>
    <message>
        <source>%1 is required when %2 is %3.</source>
        <translation>%1 wajib diisi jika %2 bernilai %3.</translation>
    </message>
    <message>
        <source>%1 must be empty when %2 is %3.</source>
        <translation>%1 harus kosong jika %2 bernilai %3.</translation>
    </message>
</context>
<context>
    <name>sinergi::ResetPasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Aktifkan pengguna</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Setel ulang kata sandi</translation>
    </message>
    <message>
        <source>Enable the account &quot;%1&quot; with a new initial password. The user must change it at the next log-in.</source>
        <translation>Aktifkan akun &quot;%1&quot; dengan kata sandi awal yang baru. Pengguna wajib menggantinya saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Set a new initial password for &quot;%1&quot;. The user must change it at the next log-in.</source>
        <translation>Tetapkan kata sandi awal yang baru untuk &quot;%1&quot;. Pengguna wajib menggantinya saat masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>sinergi::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Role of &quot;%1&quot;:</source>
        <translation>Peran &quot;%1&quot;:</translation>
    </message>
</context>
<context>
    <name>sinergi::RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Data steward (Walidata)</source>
        <translation>Walidata</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Everything, including users, key slots, settings and reference data.</source>
        <translation>Semua hal, termasuk pengguna, slot kunci, pengaturan, dan data referensi.</translation>
    </message>
    <message>
        <source>Reviews and reconciles records, approves reporting periods, builds and submits batches to SMData, sees personal data and the audit log.</source>
        <translation>Memeriksa dan merekonsiliasi data, menyetujui periode pelaporan, menyusun dan mengirim batch ke SMData, melihat data pribadi dan log audit.</translation>
    </message>
    <message>
        <source>Creates, edits, imports and exports records and sees the personal data of the records they handle.</source>
        <translation>Membuat, menyunting, mengimpor, dan mengekspor data serta melihat data pribadi pada data yang ditanganinya.</translation>
    </message>
    <message>
        <source>Dashboards, reports and records with personal data masked.</source>
        <translation>Dasbor, laporan, dan data dengan data pribadi disamarkan.</translation>
    </message>
</context>
<context>
    <name>sinergi::RowConverter</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the expected format (%3).</source>
        <translation>%1: &quot;%2&quot; bukan tanggal dalam format yang diharapkan (%3).</translation>
    </message>
</context>
<context>
    <name>sinergi::RuleLabels</name>
    <message>
        <source>NIK consistency</source>
        <translation>Kesesuaian NIK</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Urutan tanggal</translation>
    </message>
    <message>
        <source>Referenced record exists</source>
        <translation>Data rujukan ada</translation>
    </message>
    <message>
        <source>AK/I validity and reports</source>
        <translation>Masa berlaku dan lapor AK/I</translation>
    </message>
    <message>
        <source>Required in this case</source>
        <translation>Wajib dalam keadaan ini</translation>
    </message>
    <message>
        <source>Placed but still active</source>
        <translation>Sudah ditempatkan tetapi masih aktif</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Isian wajib kosong</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>Format salah</translation>
    </message>
    <message>
        <source>Wrong length</source>
        <translation>Panjang salah</translation>
    </message>
    <message>
        <source>Wrong type of value</source>
        <translation>Jenis nilai salah</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>Di luar rentang</translation>
    </message>
    <message>
        <source>NIK not 16 digits</source>
        <translation>NIK bukan 16 angka</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat surel</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Kode tidak dikenal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code from an older list</source>
        <translation>Kode dari daftar lama</translation>
    </message>
</context>
<context>
    <name>sinergi::Session</name>
    <message>
        <source>A user name has 3 to 32 characters: letters, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna terdiri dari 3 sampai 32 karakter: huruf, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>“%1” is not an administrator of this store.</source>
        <translation>“%1” bukan administrator basis data ini.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Tidak ada pengguna “%1”.</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation>Nama pengguna “%1” sudah dipakai.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>Administrator aktif terakhir tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>Set a new password for “%1” to enable the account (Reset password).</source>
        <translation>Tetapkan kata sandi baru untuk “%1” untuk mengaktifkan akun (Setel ulang kata sandi).</translation>
    </message>
    <message>
        <source>The last active administrator cannot be given another role.</source>
        <translation>Administrator aktif terakhir tidak dapat diberi peran lain.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation>Kunci otomatis harus antara 1 dan 240 menit.</translation>
    </message>
</context>
<context>
    <name>sinergi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Store folder:</source>
        <translation>Folder &amp;basis data:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>U&amp;bah…</translation>
    </message>
    <message>
        <source>Security (whole store)</source>
        <translation>Keamanan (seluruh basis data)</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Kunci setelah &amp;tidak aktif:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>When nobody uses Sinergi for this long, the window is hidden until the password is entered again. Open work is kept.</source>
        <translation>Jika Sinergi tidak digunakan selama waktu ini, jendela disembunyikan sampai kata sandi dimasukkan kembali. Pekerjaan yang terbuka tetap tersimpan.</translation>
    </message>
    <message>
        <source>Only administrators can change the settings of the whole store.</source>
        <translation>Hanya administrator yang dapat mengubah pengaturan seluruh basis data.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Rotate &amp;data key…</source>
        <translation>Rotasi kunci &amp;data…</translation>
    </message>
    <message>
        <source>Re-encrypts the store with a new data key, e.g. after a copy of the store may have leaked together with an old password.</source>
        <translation>Mengenkripsi ulang basis data dengan kunci data baru, mis. jika salinan basis data mungkin bocor bersama kata sandi lama.</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Kode &amp;pemulihan baru…</translation>
    </message>
    <message>
        <source>Replaces the recovery code, e.g. when the written copy was lost. The old code stops working.</source>
        <translation>Mengganti kode pemulihan, mis. jika catatannya hilang. Kode lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Only administrators can manage the keys.</source>
        <translation>Hanya administrator yang dapat mengelola kunci.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Akun saya</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Ganti &amp;kata sandi saya…</translation>
    </message>
    <message>
        <source>Needs your current password. Your data stays readable with the new one.</source>
        <translation>Memerlukan kata sandi Anda saat ini. Data Anda tetap dapat dibaca dengan kata sandi baru.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Mulai saat dijalankan berikutnya: %1</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Kunci otomatis</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Pilih folder basis data</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Lokasi basis data</translation>
    </message>
    <message>
        <source>Sinergi will use %1 from the next start. If that folder holds no store yet, the first-start wizard will create one there.</source>
        <translation>Sinergi akan menggunakan %1 mulai saat dijalankan berikutnya. Jika folder tersebut belum berisi basis data, panduan penyiapan awal akan membuatnya di sana.</translation>
    </message>
    <message>
        <source>Rotate data key</source>
        <translation>Rotasi kunci data</translation>
    </message>
    <message>
        <source>Re-encrypt the whole store with a new data key? This can take a while for a large store. Sinergi stays locked for other work until it is done; an interruption never loses data.</source>
        <translation>Enkripsi ulang seluruh basis data dengan kunci data baru? Untuk basis data yang besar, proses ini dapat memakan waktu. Selama proses berlangsung Sinergi tidak dapat digunakan untuk pekerjaan lain; gangguan di tengah proses tidak akan menghilangkan data.</translation>
    </message>
    <message>
        <source>Re-encrypting the store with a new data key…</source>
        <translation>Mengenkripsi ulang basis data dengan kunci data baru…</translation>
    </message>
    <message>
        <source>The store is now encrypted with a new data key. Passwords and the recovery code are unchanged.</source>
        <translation>Basis data kini dienkripsi dengan kunci data baru. Kata sandi dan kode pemulihan tidak berubah.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
    <message>
        <source>Create a new recovery code? The current code stops working immediately.</source>
        <translation>Buat kode pemulihan baru? Kode yang berlaku saat ini langsung tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda telah diganti.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
</context>
<context>
    <name>sinergi::SmdataSettingsPanel</name>
    <message>
        <source>SMData</source>
        <translation>SMData</translation>
    </message>
    <message>
        <source>Only an administrator or the walidata can see and change how Sinergi reaches SMData.</source>
        <translation>Hanya administrator atau walidata yang dapat melihat dan mengubah cara Sinergi terhubung ke SMData.</translation>
    </message>
    <message>
        <source>Where batches are sent and with which account. Everything here is kept only in the encrypted store; the connection is always checked with TLS.</source>
        <translation>Ke mana batch dikirim dan dengan akun apa. Semua isian ini hanya disimpan di penyimpanan terenkripsi; koneksi selalu diperiksa dengan TLS.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <source>User &amp;admin:</source>
        <translation>User a&amp;dmin:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Choose CA &amp;file…</source>
        <translation>Pilih &amp;berkas CA…</translation>
    </message>
    <message>
        <source>Use s&amp;ystem certificates</source>
        <translation>Pakai sertifikat s&amp;istem</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Sertifikat:</translation>
    </message>
    <message>
        <source>One key per line, as the ministry gave it (base64, 44 characters)</source>
        <translation>Satu kunci per baris, sesuai yang diberikan kementerian (base64, 44 karakter)</translation>
    </message>
    <message>
        <source>&amp;Receipt keys:</source>
        <translation>Kunci &amp;tanda terima:</translation>
    </message>
    <message>
        <source>&amp;Save SMData settings</source>
        <translation>&amp;Simpan pengaturan SMData</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <source>stored — leave empty to keep it</source>
        <translation>tersimpan — kosongkan agar tidak berubah</translation>
    </message>
    <message>
        <source>No receipt key pinned: receipts cannot be verified.</source>
        <translation>Belum ada kunci tanda terima yang disematkan: tanda terima tidak dapat diverifikasi.</translation>
    </message>
    <message>
        <source>Pinned key id(s): %1</source>
        <translation>ID kunci yang disematkan: %1</translation>
    </message>
    <message>
        <source>The system&apos;s trusted certificates</source>
        <translation>Sertifikat tepercaya sistem</translation>
    </message>
    <message>
        <source>Only the CA bundle: %1</source>
        <translation>Hanya bundel CA: %1</translation>
    </message>
    <message>
        <source>Choose the CA bundle</source>
        <translation>Pilih bundel CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read or is too large for a CA bundle.</source>
        <translation>Berkas %1 tidak dapat dibaca atau terlalu besar untuk bundel CA.</translation>
    </message>
    <message>
        <source>CA bundle chosen; save to use it.</source>
        <translation>Bundel CA dipilih; simpan untuk memakainya.</translation>
    </message>
    <message>
        <source>The system&apos;s certificates will be used; save to apply.</source>
        <translation>Sertifikat sistem akan dipakai; simpan untuk menerapkannya.</translation>
    </message>
    <message>
        <source>SMData settings saved.</source>
        <translation>Pengaturan SMData disimpan.</translation>
    </message>
    <message>
        <source>Enter the server address, the user admin and the password first.</source>
        <translation>Isi dahulu alamat server, user admin, dan kata sandinya.</translation>
    </message>
    <message>
        <source>Connecting to SMData…</source>
        <translation>Menghubungi SMData…</translation>
    </message>
    <message>
        <source>Connected: logged in to SMData as %1 (regency %2).</source>
        <translation>Terhubung: berhasil masuk ke SMData sebagai %1 (kabupaten/kota %2).</translation>
    </message>
</context>
<context>
    <name>sinergi::StoreLocationPage</name>
    <message>
        <source>This is the first start of Sinergi on this computer. The wizard creates the encrypted store that will hold the labour records, the first administrator account and a recovery code.</source>
        <translation>Sinergi baru pertama kali dijalankan di komputer ini. Panduan ini membuat basis data terenkripsi untuk menyimpan data ketenagakerjaan, akun administrator pertama, dan sebuah kode pemulihan.</translation>
    </message>
    <message>
        <source>&amp;Store folder:</source>
        <translation>Folder &amp;basis data:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Choose a folder on this computer that is included in the office backup. The folder will contain the store (sinergi.db) and its key file (sinergi.keys); both are needed to open the data.</source>
        <translation>Pilih folder di komputer ini yang termasuk dalam cadangan kantor. Folder ini akan berisi basis data (sinergi.db) dan berkas kuncinya (sinergi.keys); keduanya diperlukan untuk membuka data.</translation>
    </message>
    <message>
        <source>This folder already holds a Sinergi store. Choose an empty folder, or set this folder as the store location in the settings to open it.</source>
        <translation>Folder ini sudah berisi basis data Sinergi. Pilih folder kosong, atau tetapkan folder ini sebagai lokasi basis data di pengaturan untuk membukanya.</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Pilih folder basis data</translation>
    </message>
    <message>
        <source>Welcome to Sinergi</source>
        <translation>Selamat datang di Sinergi</translation>
    </message>
    <message>
        <source>Sinergitas Data Ketenagakerjaan — the labour data of your office, kept in one encrypted store.</source>
        <translation>Sinergitas Data Ketenagakerjaan — data ketenagakerjaan kantor Anda dalam satu basis data terenkripsi.</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <source>&amp;Regency / city served:</source>
        <translation>&amp;Kabupaten/kota yang dilayani:</translation>
    </message>
    <message>
        <source>The regency or city this office serves. Its kecamatan and desa fill the pickers in the record forms, and NIK prefixes are checked against them.</source>
        <translation>Kabupaten atau kota yang dilayani kantor ini. Kecamatan dan desanya mengisi pilihan pada formulir data, dan awalan NIK diperiksa terhadapnya.</translation>
    </message>
    <message>
        <source>Choose the folder for the store.</source>
        <translation>Pilih folder untuk basis data.</translation>
    </message>
</context>
<context>
    <name>sinergi::TabularReaderFactory</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>sinergi::TemplateParser</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON tidak sah pada posisi %1: %2</translation>
    </message>
    <message>
        <source>the template must be a JSON object</source>
        <translation>templat harus berupa objek JSON</translation>
    </message>
    <message>
        <source>Dataset template %1: %2</source>
        <translation>Templat dataset %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (allowed: %3)</source>
        <translation>%1: kunci &quot;%2&quot; tidak dikenal (yang diizinkan: %3)</translation>
    </message>
    <message>
        <source>%1: labels need both &quot;id&quot; and &quot;en&quot;</source>
        <translation>%1: label memerlukan &quot;id&quot; dan &quot;en&quot;</translation>
    </message>
    <message>
        <source>%1: expected field names</source>
        <translation>%1: seharusnya berisi nama kolom</translation>
    </message>
    <message>
        <source>%1: expected a field name or a list of field names</source>
        <translation>%1: seharusnya berisi nama kolom atau daftar nama kolom</translation>
    </message>
    <message>
        <source>%1 names unknown field &quot;%2&quot;</source>
        <translation>%1 menyebut kolom &quot;%2&quot; yang tidak dikenal</translation>
    </message>
    <message>
        <source>template</source>
        <translation>templat</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and underscores, got &quot;%1&quot;</source>
        <translation>&quot;id&quot; harus berupa huruf kecil, angka, dan garis bawah, tetapi berisi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>&quot;version&quot; harus berupa bilangan bulat positif</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; harus berupa daftar yang tidak kosong</translation>
    </message>
    <message>
        <source>field #%1 is not an object</source>
        <translation>kolom #%1 bukan objek</translation>
    </message>
    <message>
        <source>duplicate field &quot;%1&quot;</source>
        <translation>kolom &quot;%1&quot; ganda</translation>
    </message>
    <message>
        <source>%1: &quot;code_list_version_field&quot; names unknown field &quot;%2&quot;</source>
        <translation>%1: &quot;code_list_version_field&quot; menyebut kolom &quot;%2&quot; yang tidak dikenal</translation>
    </message>
    <message>
        <source>&quot;natural_key&quot; must be a non-empty list of field names</source>
        <translation>&quot;natural_key&quot; harus berupa daftar nama kolom yang tidak kosong</translation>
    </message>
    <message>
        <source>&quot;natural_key&quot;</source>
        <translation>&quot;natural_key&quot;</translation>
    </message>
    <message>
        <source>natural key field &quot;%1&quot; must be required</source>
        <translation>kolom kunci alami &quot;%1&quot; harus wajib diisi</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation>id aturan &quot;%1&quot; ganda</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>sebuah indeks</translation>
    </message>
    <message>
        <source>field #%1: &quot;name&quot; must be lower-case letters, digits and underscores, got &quot;%2&quot;</source>
        <translation>kolom #%1: &quot;name&quot; harus berupa huruf kecil, angka, dan garis bawah, tetapi berisi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot; (expected text, integer, decimal, date, bool, code, nik, phone or email)</source>
        <translation>%1: jenis &quot;%2&quot; tidak dikenal (seharusnya text, integer, decimal, date, bool, code, nik, phone, atau email)</translation>
    </message>
    <message>
        <source>%1: &quot;pii&quot; must be true or false</source>
        <translation>%1: &quot;pii&quot; harus true atau false</translation>
    </message>
    <message>
        <source>%1: &quot;pattern&quot; is not allowed on a %2 field</source>
        <translation>%1: &quot;pattern&quot; tidak diizinkan pada kolom %2</translation>
    </message>
    <message>
        <source>%1: invalid pattern &quot;%2&quot;: %3</source>
        <translation>%1: pola &quot;%2&quot; tidak sah: %3</translation>
    </message>
    <message>
        <source>%1: a code field needs &quot;code_list&quot;</source>
        <translation>%1: kolom kode memerlukan &quot;code_list&quot;</translation>
    </message>
    <message>
        <source>%1: give either &quot;code_list_version&quot; or &quot;code_list_version_field&quot;, not both</source>
        <translation>%1: berikan &quot;code_list_version&quot; atau &quot;code_list_version_field&quot;, tidak keduanya</translation>
    </message>
    <message>
        <source>%1: &quot;code_list&quot; is only allowed on code fields</source>
        <translation>%1: &quot;code_list&quot; hanya diizinkan pada kolom kode</translation>
    </message>
    <message>
        <source>%1: &quot;repeat&quot; must be between 1 and 12</source>
        <translation>%1: &quot;repeat&quot; harus antara 1 dan 12</translation>
    </message>
    <message>
        <source>%1: &quot;share&quot; must be send, pseudonymise, minimise or withhold, got &quot;%2&quot;</source>
        <translation>%1: &quot;share&quot; harus send, pseudonymise, minimise, atau withhold, tetapi berisi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;minimise_to&quot; needs &quot;share&quot;: &quot;minimise&quot;</source>
        <translation>%1: &quot;minimise_to&quot; memerlukan &quot;share&quot;: &quot;minimise&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;minimise_to&quot; must be &quot;year&quot; (dates) or &quot;prefix:N&quot;, got &quot;%2&quot;</source>
        <translation>%1: &quot;minimise_to&quot; harus &quot;year&quot; (tanggal) atau &quot;prefix:N&quot;, tetapi berisi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: &quot;%2&quot; harus berupa angka</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a yyyy-MM-dd date%3</source>
        <translation>%1: &quot;%2&quot; harus berupa tanggal yyyy-MM-dd%3</translation>
    </message>
    <message>
        <source> or &quot;today&quot;</source>
        <translation> atau &quot;today&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is only allowed on integer, decimal and date fields</source>
        <translation>%1: &quot;%2&quot; hanya diizinkan pada kolom integer, decimal, dan date</translation>
    </message>
    <message>
        <source>%1: &quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>%1: &quot;min&quot; lebih besar dari &quot;max&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;min&quot; is later than &quot;max&quot;</source>
        <translation>%1: &quot;min&quot; lebih akhir dari &quot;max&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is only allowed on text fields</source>
        <translation>%1: &quot;%2&quot; hanya diizinkan pada kolom teks</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-negative integer</source>
        <translation>%1: &quot;%2&quot; harus berupa bilangan bulat tidak negatif</translation>
    </message>
    <message>
        <source>%1: &quot;min_length&quot; is greater than &quot;max_length&quot;</source>
        <translation>%1: &quot;min_length&quot; lebih besar dari &quot;max_length&quot;</translation>
    </message>
    <message>
        <source>every rule needs an &quot;id&quot; of lower-case letters, digits and underscores</source>
        <translation>setiap aturan memerlukan &quot;id&quot; berupa huruf kecil, angka, dan garis bawah</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;</source>
        <translation>aturan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: unknown rule kind &quot;%2&quot; (known: %3)</source>
        <translation>%1: jenis aturan &quot;%2&quot; tidak dikenal (yang dikenal: %3)</translation>
    </message>
    <message>
        <source>%1 (%2): missing parameter &quot;%3&quot;</source>
        <translation>%1 (%2): parameter &quot;%3&quot; tidak ada</translation>
    </message>
    <message>
        <source>%1 (%2): unknown parameter &quot;%3&quot;</source>
        <translation>%1 (%2): parameter &quot;%3&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>%1 parameter &quot;%2&quot;</source>
        <translation>%1 parameter &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&quot;period_field&quot; must name a field of the template or be null</source>
        <translation>&quot;period_field&quot; harus menyebut salah satu field templat atau bernilai null</translation>
    </message>
    <message>
        <source>&quot;period_field&quot; &quot;%1&quot; must be a date or text field</source>
        <translation>&quot;period_field&quot; &quot;%1&quot; harus berupa field tanggal atau teks</translation>
    </message>
</context>
<context>
    <name>sinergi::TemplateRegistry</name>
    <message>
        <source>No dataset templates (*.json) found in %1.</source>
        <translation>Tidak ditemukan templat dataset (*.json) di %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Dataset template %1: id &quot;%2&quot; must match the file name.</source>
        <translation>Templat dataset %1: id &quot;%2&quot; harus sama dengan nama berkas.</translation>
    </message>
    <message>
        <source>Dataset template %1: dataset &quot;%2&quot; is already defined by %3.</source>
        <translation>Templat dataset %1: dataset &quot;%2&quot; sudah didefinisikan oleh %3.</translation>
    </message>
    <message>
        <source>Dataset template %1: rule &quot;%2&quot; refers to %3.%4, which does not exist.</source>
        <translation>Templat dataset %1: aturan &quot;%2&quot; merujuk ke %3.%4 yang tidak ada.</translation>
    </message>
    <message>
        <source>Dataset template %1: field &quot;%2&quot; uses code list %3 %4, which is not loaded.</source>
        <translation>Templat dataset %1: kolom &quot;%2&quot; memakai daftar kode %3 %4 yang belum dimuat.</translation>
    </message>
</context>
<context>
    <name>sinergi::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>letters, digits, dot, dash</source>
        <translation>huruf, angka, titik, tanda hubung</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>Kata sandi &amp;awal:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Give the initial password to the user in person. They must choose their own password at the first log-in.</source>
        <translation>Sampaikan kata sandi awal kepada pengguna secara langsung. Pengguna wajib memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message>
</context>
<context>
    <name>sinergi::UserRepository</name>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Tidak ada pengguna bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A user name must not be empty.</source>
        <translation>Nama pengguna tidak boleh kosong.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists. User names are not case-sensitive; choose another name.</source>
        <translation>Pengguna bernama &quot;%1&quot; sudah ada. Nama pengguna tidak membedakan huruf besar dan kecil; pilih nama lain.</translation>
    </message>
</context>
<context>
    <name>sinergi::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wajib ganti kata sandi</translation>
    </message>
</context>
<context>
    <name>sinergi::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Accounts that may open this store. Every change is recorded in the audit log.</source>
        <translation>Akun yang dapat membuka basis data ini. Setiap perubahan dicatat di log audit.</translation>
    </message>
    <message>
        <source>Filter by name or role…</source>
        <translation>Saring menurut nama atau peran…</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Pengguna &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Setel ulang kata sandi…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktifkan…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n pengguna</numerusform>
        </translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Buat pengguna</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <source>Disable the account &quot;%1&quot;? The user can no longer log in; their key is removed. You can enable the account again later with a new password.</source>
        <translation>Nonaktifkan akun &quot;%1&quot;? Pengguna tidak dapat masuk lagi; kuncinya dihapus. Akun dapat diaktifkan kembali nanti dengan kata sandi baru.</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Aktifkan pengguna</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Setel ulang kata sandi</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
</context>
<context>
    <name>sinergi::ValidationJob</name>
    <message>
        <source>Unknown dataset “%1”.</source>
        <translation>Dataset “%1” tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>sinergi::Vault</name>
    <message numerus="yes">
        <source>Other work is still using the store in the background (%n connection(s): a validation, an export, a report or the record list). Wait until it has finished, then rotate the key again. Nothing was changed.</source>
        <translation>
            <numerusform>Masih ada pekerjaan lain yang memakai penyimpanan di latar belakang (%n koneksi: validasi, ekspor, laporan, atau daftar data). Tunggu sampai selesai, lalu ganti kunci lagi. Tidak ada yang diubah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxExportSink</name>
    <message>
        <source>A value is longer than the 32,767 characters an Excel cell can hold; export as CSV instead.</source>
        <translation>Ada nilai yang lebih panjang dari 32.767 karakter yang muat dalam satu sel Excel; ekspor sebagai CSV saja.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows; export this view as CSV.</source>
        <translation>Satu lembar Excel menampung paling banyak %L1 baris; ekspor tampilan ini sebagai CSV.</translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxPart</name>
    <message>
        <source>The workbook is damaged: the part %1 is not valid (%2). Open the file in Excel and save it again.</source>
        <translation>Buku kerja rusak: bagian %1 tidak sah (%2). Buka berkas di Excel lalu simpan ulang.</translation>
    </message>
    <message>
        <source>The workbook part %1 is larger than its zip directory says: the file is damaged or crafted, and is not imported.</source>
        <translation>Bagian buku kerja %1 lebih besar daripada yang tercatat di direktori zip: berkas rusak atau sengaja dimanipulasi, dan tidak diimpor.</translation>
    </message>
    <message>
        <source>decompression failed: %1</source>
        <translation>dekompresi gagal: %1</translation>
    </message>
    <message>
        <source>XML error at line %1, column %2: %3</source>
        <translation>Kesalahan XML pada baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed</source>
        <translation>deklarasi jenis dokumen tidak diizinkan</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>sebuah sel berisi lebih dari %1 karakter</translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxReader</name>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>Buku kerja tidak memiliki lembar bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>Buku kerja tidak memiliki lembar nomor %1.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; cannot be found in the workbook; the file is damaged.</source>
        <translation>Lembar &quot;%1&quot; tidak ditemukan dalam buku kerja; berkas rusak.</translation>
    </message>
    <message>
        <source>invalid row number %1</source>
        <translation>nomor baris %1 tidak sah</translation>
    </message>
    <message>
        <source>invalid cell reference %1</source>
        <translation>referensi sel %1 tidak sah</translation>
    </message>
    <message>
        <source>a value in column %1, beyond the limit of %2 columns</source>
        <translation>ada nilai di kolom %1, melebihi batas %2 kolom</translation>
    </message>
    <message>
        <source>a cell refers to shared text number %1, which does not exist</source>
        <translation>sebuah sel merujuk ke teks bersama nomor %1 yang tidak ada</translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxSharedStrings</name>
    <message>
        <source>The workbook has more than %1 different texts; it is too large to import at once. Split it or export it as CSV.</source>
        <translation>Buku kerja berisi lebih dari %1 teks berbeda; terlalu besar untuk diimpor sekaligus. Pecah berkasnya atau ekspor sebagai CSV.</translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxStyles</name>
    <message>
        <source>too many cell styles</source>
        <translation>terlalu banyak gaya sel</translation>
    </message>
</context>
<context>
    <name>sinergi::XlsxWorkbook</name>
    <message>
        <source>too many relationships</source>
        <translation>terlalu banyak relasi</translation>
    </message>
    <message>
        <source>This zip file is not an Excel workbook (it has no %1). Save it from Excel as .xlsx.</source>
        <translation>Berkas zip ini bukan buku kerja Excel (tidak memiliki %1). Simpan dari Excel sebagai .xlsx.</translation>
    </message>
    <message>
        <source>too many sheets</source>
        <translation>terlalu banyak lembar</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Buku kerja tidak memiliki lembar.</translation>
    </message>
</context>
<context>
    <name>sinergi::ZipArchive</name>
    <message>
        <source>This workbook is password-protected or in the old .xls format. Open it in Excel, remove the password if there is one, and save it as .xlsx (Excel Workbook).</source>
        <translation>Buku kerja ini dilindungi kata sandi atau memakai format .xls lama. Buka di Excel, hapus kata sandinya jika ada, lalu simpan sebagai .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>This file is not an .xlsx workbook (it is not a zip container). Save it from Excel as .xlsx or export it as CSV.</source>
        <translation>Berkas ini bukan buku kerja .xlsx (bukan wadah zip). Simpan dari Excel sebagai .xlsx atau ekspor sebagai CSV.</translation>
    </message>
    <message>
        <source>The workbook could not be read: %1</source>
        <translation>Buku kerja tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1). Open it in Excel and save it again.</source>
        <translation>Buku kerja rusak (%1). Buka di Excel lalu simpan ulang.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): there is nothing to import.</source>
        <translation>Berkas kosong (0 bita): tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 parts; it is not a normal spreadsheet.</source>
        <translation>Buku kerja memiliki lebih dari %1 bagian; ini bukan lembar kerja yang wajar.</translation>
    </message>
    <message>
        <source>This workbook is password-protected. Remove the password in Excel and save it as .xlsx.</source>
        <translation>Buku kerja ini dilindungi kata sandi. Hapus kata sandinya di Excel lalu simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part %1 is missing. Open it in Excel and save it again.</source>
        <translation>Buku kerja rusak: bagian %1 tidak ada. Buka di Excel lalu simpan ulang.</translation>
    </message>
    <message>
        <source>The workbook part %1 is too large to import safely (over %2 MB uncompressed). Split the data into smaller files or export it as CSV.</source>
        <translation>Bagian buku kerja %1 terlalu besar untuk diimpor dengan aman (lebih dari %2 MB tanpa kompresi). Pecah data menjadi berkas yang lebih kecil atau ekspor sebagai CSV.</translation>
    </message>
    <message>
        <source>The workbook part %1 is compressed suspiciously well (more than %2:1): this looks like a zip bomb and is not imported.</source>
        <translation>Bagian buku kerja %1 terkompresi secara mencurigakan (lebih dari %2:1): ini tampak seperti bom zip dan tidak diimpor.</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be read: %2</source>
        <translation>Bagian buku kerja %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::BatchBuilder</name>
    <message>
        <source>The period %1 is not approved. A walidata must review and approve it before its batch can be built.</source>
        <translation>Periode %1 belum disetujui. Walidata harus memeriksa dan menyetujuinya sebelum batch dapat disusun.</translation>
    </message>
    <message>
        <source>A batch is built for one month, written yyyy-MM (for example 2025-06), not “%1”.</source>
        <translation>Batch disusun per bulan dengan format tttt-BB (misalnya 2025-06), bukan “%1”.</translation>
    </message>
    <message>
        <source>The office regency is not set (Settings, office regency code such as 33.73).</source>
        <translation>Kode kabupaten/kota kantor belum diatur (Pengaturan, kode kabupaten/kota kantor, misalnya 33.73).</translation>
    </message>
    <message>
        <source>The part size must be between 1 and %1 bytes.</source>
        <translation>Ukuran bagian harus antara 1 dan %1 bita.</translation>
    </message>
    <message>
        <source>The period %1 has nothing to send.</source>
        <translation>Tidak ada data yang dapat dikirim untuk periode %1.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n record(s)</source>
        <translation>
            <numerusform>Batch %1: %n data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::BatchXlsx</name>
    <message>
        <source>The batch has no manifest with datasets.</source>
        <translation>Batch tidak memiliki manifes berisi dataset.</translation>
    </message>
    <message>
        <source>The batch names an unknown dataset “%1”.</source>
        <translation>Batch menyebut dataset yang tidak dikenal: “%1”.</translation>
    </message>
    <message>
        <source>Line %1 of the batch is not a record of its datasets.</source>
        <translation>Baris %1 batch bukan data dari dataset-nya.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 isi</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Jumlah baris</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::OfflinePackage</name>
    <message>
        <source>The recipient key is not an Ed25519 public key.</source>
        <translation>Kunci penerima bukan kunci publik Ed25519.</translation>
    </message>
    <message>
        <source>This is not a Sinergi offline batch file.</source>
        <translation>Berkas ini bukan berkas batch luring Sinergi.</translation>
    </message>
    <message>
        <source>The file is encrypted for another key (%1), not for this server&apos;s key (%2).</source>
        <translation>Berkas ini dienkripsi untuk kunci lain (%1), bukan untuk kunci server ini (%2).</translation>
    </message>
    <message>
        <source>The file cannot be decrypted: it was changed or damaged on the way.</source>
        <translation>Berkas tidak dapat didekripsi: berkas telah diubah atau rusak dalam perjalanan.</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>Berkas terpotong.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not verify.</source>
        <translation>Tanda tangan berkas tidak sah.</translation>
    </message>
    <message>
        <source>The file&apos;s content cannot be unpacked.</source>
        <translation>Isi berkas tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its manifest.</source>
        <translation>Isi berkas tidak sesuai dengan manifesnya.</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::Outbox</name>
    <message>
        <source>The batch cannot be queued: its manifest does not match its parts. Build the batch again.</source>
        <translation>Batch tidak dapat dimasukkan ke antrean: manifesnya tidak sesuai dengan bagian-bagiannya. Susun ulang batch.</translation>
    </message>
    <message>
        <source>The batch cannot be queued: part %1 does not match its manifest. Build the batch again.</source>
        <translation>Batch tidak dapat dimasukkan ke antrean: bagian %1 tidak sesuai dengan manifesnya. Susun ulang batch.</translation>
    </message>
    <message>
        <source>The batch cannot be queued: its content does not match its manifest. Build the batch again.</source>
        <translation>Batch tidak dapat dimasukkan ke antrean: isinya tidak sesuai dengan manifesnya. Susun ulang batch.</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::ReadinessReport</name>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>galat validasi</translation>
    </message>
    <message>
        <source>refers to a record that is not sent</source>
        <translation>merujuk data yang tidak dikirim</translation>
    </message>
    <message>
        <source>Batch for %1, regency %2</source>
        <translation>Batch untuk %1, kabupaten/kota %2</translation>
    </message>
    <message>
        <source>Period approved: yes</source>
        <translation>Periode disetujui: ya</translation>
    </message>
    <message>
        <source>Period approved: NO (the batch cannot be queued)</source>
        <translation>Periode disetujui: TIDAK (batch tidak dapat dimasukkan ke antrean)</translation>
    </message>
    <message>
        <source>Records to send: %1; withheld: %2; IPK aggregate lines: %3</source>
        <translation>Data yang dikirim: %1; ditahan: %2; baris agregat IPK: %3</translation>
    </message>
    <message numerus="yes">
        <source>Content: %1 bytes in %n part(s) of at most %2 bytes</source>
        <translation>
            <numerusform>Isi: %1 bita dalam %n bagian, masing-masing paling besar %2 bita</numerusform>
        </translation>
    </message>
    <message>
        <source>no period field: every record is part of the batch</source>
        <translation>tanpa kolom periode: semua data masuk ke batch</translation>
    </message>
    <message>
        <source>in the period by %1: %2; other months: %3</source>
        <translation>dalam periode menurut %1: %2; bulan lain: %3</translation>
    </message>
    <message>
        <source>to send: %1 (of which %2 referenced from outside the period); withheld: %3</source>
        <translation>dikirim: %1 (%2 di antaranya dari luar periode karena dirujuk); ditahan: %3</translation>
    </message>
    <message>
        <source>records %1</source>
        <translation>data %1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>dikirim apa adanya: %1</translation>
    </message>
    <message>
        <source>pseudonymised: %1</source>
        <translation>disamarkan: %1</translation>
    </message>
    <message>
        <source>minimised: %1</source>
        <translation>diringkas: %1</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>ditahan: %1</translation>
    </message>
    <message>
        <source>IPK checks of the month:</source>
        <translation>Pemeriksaan IPK bulan ini:</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::RecordSelection</name>
    <message>
        <source>the record has validation errors (run the validation to list them)</source>
        <translation>data ini memiliki galat validasi (jalankan validasi untuk melihat rinciannya)</translation>
    </message>
    <message>
        <source>the referenced %1 record is deleted, invalid or missing</source>
        <translation>data %1 yang dirujuk telah dihapus, tidak valid, atau tidak ada</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::SmdataError</name>
    <message>
        <source>The SMData server could not be reached or the connection was cut. The batch stays in the outbox and is sent again automatically; check the internet connection.</source>
        <translation>Server SMData tidak dapat dihubungi atau koneksi terputus. Batch tetap berada di kotak keluar dan akan dikirim ulang secara otomatis; periksa koneksi internet.</translation>
    </message>
    <message>
        <source>The SMData server&apos;s certificate is not trusted, so nothing was sent. Check the SMData address and the CA bundle in the SMData settings.</source>
        <translation>Sertifikat server SMData tidak tepercaya, sehingga tidak ada data yang dikirim. Periksa alamat SMData dan berkas CA di pengaturan SMData.</translation>
    </message>
    <message>
        <source>The SMData server sent an answer Sinergi cannot read (damaged or too large). Nothing was lost: the batch stays in the outbox and is tried again later.</source>
        <translation>Server SMData mengirim jawaban yang tidak dapat dibaca Sinergi (rusak atau terlalu besar). Tidak ada data yang hilang: batch tetap berada di kotak keluar dan akan dicoba lagi nanti.</translation>
    </message>
    <message>
        <source>The SMData server has a problem (HTTP %1). The batch stays in the outbox and is tried again later.</source>
        <translation>Server SMData sedang bermasalah (HTTP %1). Batch tetap berada di kotak keluar dan akan dicoba lagi nanti.</translation>
    </message>
    <message numerus="yes">
        <source>The SMData server asks Sinergi to wait %n second(s) before the next request. The batch stays in the outbox.</source>
        <translation>
            <numerusform>Server SMData meminta Sinergi menunggu %n detik sebelum permintaan berikutnya. Batch tetap berada di kotak keluar.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMData refused the user name or password of the user admin. Check them in the SMData settings.</source>
        <translation>SMData menolak nama pengguna atau kata sandi user admin. Periksa keduanya di pengaturan SMData.</translation>
    </message>
    <message>
        <source>The SMData session has ended and could not be renewed. Log in to SMData again; the batch stays in the outbox.</source>
        <translation>Sesi SMData telah berakhir dan tidak dapat diperpanjang. Masuk kembali ke SMData; batch tetap berada di kotak keluar.</translation>
    </message>
    <message>
        <source>SMData does not allow this account to submit for this regency. Contact the ministry&apos;s SMData administrator.</source>
        <translation>SMData tidak mengizinkan akun ini mengirim data untuk kabupaten/kota ini. Hubungi administrator SMData di Kementerian.</translation>
    </message>
    <message>
        <source>SMData already holds a different batch under this batch ID. The batch was not sent; build the batch again.</source>
        <translation>SMData sudah menyimpan batch lain dengan ID batch ini. Batch tidak dikirim; susun ulang batch.</translation>
    </message>
    <message>
        <source>SMData reports that the batch does not match what it received earlier (%1). The batch was not completed; build the batch again.</source>
        <translation>SMData melaporkan bahwa batch tidak sesuai dengan yang diterima sebelumnya (%1). Batch tidak diselesaikan; susun ulang batch.</translation>
    </message>
    <message>
        <source>The batch or one of its parts is larger than SMData accepts. Build the batch again with smaller parts.</source>
        <translation>Batch atau salah satu bagiannya melebihi ukuran yang diterima SMData. Susun ulang batch dengan bagian yang lebih kecil.</translation>
    </message>
    <message>
        <source>SMData does not accept the compression Sinergi used. Update Sinergi or contact support.</source>
        <translation>SMData tidak menerima kompresi yang digunakan Sinergi. Perbarui Sinergi atau hubungi dukungan teknis.</translation>
    </message>
    <message>
        <source>SMData refused the request (%1). The batch was not completed; contact support with this code.</source>
        <translation>SMData menolak permintaan (%1). Batch tidak diselesaikan; hubungi dukungan teknis dengan menyebutkan kode ini.</translation>
    </message>
    <message>
        <source>The SMData receipt for this batch could not be verified with the pinned server key. Do not rely on it; check the server key in the SMData settings.</source>
        <translation>Tanda terima SMData untuk batch ini tidak dapat diverifikasi dengan kunci server yang tersimpan. Jangan mengandalkannya; periksa kunci server di pengaturan SMData.</translation>
    </message>
    <message>
        <source>SMData is not set up yet: enter the server address and the user admin&apos;s name and password in Settings, section SMData. The batch stays in the outbox.</source>
        <translation>SMData belum diatur: isi alamat server serta nama pengguna dan kata sandi user admin di Pengaturan, bagian SMData. Batch tetap berada di kotak keluar.</translation>
    </message>
</context>
<context>
    <name>sinergi::smdata::SmdataSettings</name>
    <message>
        <source>A receipt key must be 32 bytes.</source>
        <translation>Kunci tanda terima harus 32 byte.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it like https://smdata.example.go.id.</source>
        <translation>“%1” bukan alamat server. Tuliskan seperti https://smdata.example.go.id.</translation>
    </message>
    <message>
        <source>The SMData address must start with https://: data and passwords are never sent unencrypted.</source>
        <translation>Alamat SMData harus diawali https://: data dan kata sandi tidak pernah dikirim tanpa enkripsi.</translation>
    </message>
    <message>
        <source>Give only the server address (https://host or https://host:port), without a path.</source>
        <translation>Isikan alamat server saja (https://host atau https://host:port), tanpa path.</translation>
    </message>
    <message>
        <source>The file holds no certificate in PEM format (-----BEGIN CERTIFICATE-----). Choose the CA bundle the ministry or the server operator gave you.</source>
        <translation>Berkas ini tidak berisi sertifikat berformat PEM (-----BEGIN CERTIFICATE-----). Pilih bundel CA yang diberikan kementerian atau pengelola server.</translation>
    </message>
    <message>
        <source>The receipt key is not a 32-byte Ed25519 public key in base64 (44 characters ending in “=”). Copy it again from the ministry&apos;s letter or the server&apos;s key file.</source>
        <translation>Kunci tanda terima bukan kunci publik Ed25519 32 byte dalam base64 (44 karakter diakhiri “=”). Salin kembali dari surat kementerian atau berkas kunci server.</translation>
    </message>
</context>
</TS>
