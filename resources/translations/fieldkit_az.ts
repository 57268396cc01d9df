<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AccountRules</name>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Parol ifadəsi ən azı %1 simvoldan ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Hesabın adı olmalıdır.</translation>
    </message>
    <message>
        <source>An account name is at most %1 characters.</source>
        <translation>Hesab adı ən çoxu %1 simvol ola bilər.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>%1 adlı hesab artıq var.</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Bu noutbukdakı hesablar</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Hesab əlavə et…</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (siz)</translation>
    </message>
    <message>
        <source>HQ&apos;s recovery key is in place (%1): if a passphrase is forgotten, HQ can set a new one and nothing is lost.</source>
        <translation>Mərkəzi ofisin bərpa açarı yerindədir (%1): parol ifadəsi unudularsa, mərkəzi ofis yenisini təyin edə bilər və heç nə itmir.</translation>
    </message>
    <message>
        <source>No HQ recovery key on this laptop: a forgotten passphrase cannot be recovered. Joining HQ with a join bundle that carries its recovery key puts one in place.</source>
        <translation>Bu noutbukda mərkəzi ofisin bərpa açarı yoxdur: unudulmuş parol ifadəsi bərpa edilə bilməz. Mərkəzi ofisə onun bərpa açarını daşıyan qoşulma paketi ilə qoşulduqda açar yerinə qoyulur.</translation>
    </message>
    <message>
        <source>Account %1 added: it can unlock this laptop now. Cancel in Settings does not take it back.</source>
        <translation>%1 hesabı əlavə edildi: indi bu noutbuku aça bilər. Parametrlərdə «Ləğv et» onu geri almır.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Hesab əlavə et</translation>
    </message>
    <message>
        <source>An account for another person who uses this laptop. They type their own passphrase (at least %1 characters) and unlock the same data with it; what they save is shown under their name. The account is added as soon as you press Add the account.</source>
        <translation>Bu noutbukdan istifadə edən başqa bir şəxs üçün hesab. O, öz parol ifadəsini (ən azı %1 simvol) yazır və eyni məlumatları onunla açır; saxladıqları onun adı ilə göstərilir. «Hesabı əlavə et» düyməsini basan kimi hesab əlavə olunur.</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Onun adı</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Parol ifadəsi təkrar</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Hesabı əlavə et</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>İki parol ifadəsi fərqlidir.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>All from revision A</source>
        <translation>Hamısı A versiyasından</translation>
    </message>
    <message>
        <source>All from revision B</source>
        <translation>Hamısı B versiyasından</translation>
    </message>
    <message>
        <source>Resolve with these values</source>
        <translation>Bu dəyərlərlə həll et</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Açıq ziddiyyətlər: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Tapılıb</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>bu noutbuk</translation>
    </message>
    <message>
        <source>Bold: changed on that laptop since Before. Yellow: the two revisions differ.</source>
        <translation>Qalın: həmin noutbukda «Əvvəl»dən sonra dəyişdirilib. Sarı: iki versiya fərqlənir.</translation>
    </message>
    <message>
        <source>Revision %1: version %2 by %3 on %4, saved %5 (by its clock)</source>
        <translation>%1 versiyası: versiya %2 — saxlayan: %3, noutbuk: %4, saxlanılıb: %5 (onun saatı ilə)</translation>
    </message>
    <message>
        <source>a volunteer not named</source>
        <translation>adı bilinməyən könüllü</translation>
    </message>
    <message>
        <source> — shown now</source>
        <translation> — indi göstərilən</translation>
    </message>
    <message>
        <source>Before: nothing in common — the two revisions began separately.</source>
        <translation>Əvvəl: ortaq heç nə yoxdur — iki versiya ayrı-ayrılıqda başlayıb.</translation>
    </message>
    <message>
        <source>Before: their common ancestor.</source>
        <translation>Əvvəl: hər ikisinin başlandığı ortaq versiya.</translation>
    </message>
    <message>
        <source>Before: version %1, their common ancestor.</source>
        <translation>Əvvəl: versiya %1, hər ikisinin başlandığı ortaq versiya.</translation>
    </message>
    <message>
        <source>%1 taken from %2 (%3)</source>
        <translation>%1 — götürüldü: %2 (%3)</translation>
    </message>
    <message>
        <source>Merged by themselves: %1</source>
        <translation>Avtomatik birləşdirildi: %1</translation>
    </message>
    <message>
        <source>No conflict chosen.</source>
        <translation>Ziddiyyət seçilməyib.</translation>
    </message>
    <message>
        <source>No open conflicts: every record has one current version.</source>
        <translation>Açıq ziddiyyət yoxdur: hər qeydin bir cari versiyası var.</translation>
    </message>
    <message>
        <source>%1 — %2 fields differ. Pick which value to keep for each.</source>
        <translation>%1 — %2 sahə fərqlənir. Hər biri üçün saxlanılacaq dəyəri seçin.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <source>Revision A</source>
        <translation>A versiyası</translation>
    </message>
    <message>
        <source>Revision B</source>
        <translation>B versiyası</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Changed on %1 since Before</source>
        <translation>«Əvvəl»dən sonra dəyişdirilib: %1</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinib</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Təqvimdən seçin (Alt+Aşağı)</translation>
    </message>
</context>
<context>
    <name>DueScreen</name>
    <message>
        <source>No follow-up is due this week.</source>
        <translation>Bu həftə heç bir təkrar ziyarət gözlənilmir.</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Ziyarəti aç</translation>
    </message>
    <message>
        <source>Record the follow-up visit…</source>
        <translation>Təkrar ziyarəti qeyd et…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Vaxtını dəyiş…</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>Bütün könüllülər</translation>
    </message>
    <message>
        <source>Follow-ups of the home visits of every volunteer on this laptop, earliest first. A follow-up is done once the family&apos;s next visit is recorded.</source>
        <translation>Bu noutbukdakı bütün könüllülərin ev ziyarətlərinin təkrar ziyarətləri, ən tezi birinci. Ailəyə növbəti ziyarət qeyd edildikdə təkrar ziyarət yerinə yetirilmiş sayılır.</translation>
    </message>
    <message>
        <source>Follow-ups of the home visits you recorded, earliest first. A follow-up is done once the family&apos;s next visit is recorded.</source>
        <translation>Qeyd etdiyiniz ev ziyarətlərinin təkrar ziyarətləri, ən tezi birinci. Ailəyə növbəti ziyarət qeyd edildikdə təkrar ziyarət yerinə yetirilmiş sayılır.</translation>
    </message>
    <message>
        <source>Overdue, days: %1</source>
        <translation>Gecikir, gün: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Sabah</translation>
    </message>
    <message>
        <source>Before accounts</source>
        <translation>Hesablardan əvvəl</translation>
    </message>
    <message>
        <source>%1, before accounts</source>
        <translation>%1, hesablardan əvvəl</translation>
    </message>
    <message>
        <source>Overdue: %1 · Today: %2 · This week: %3</source>
        <translation>Gecikən: %1 · Bu gün: %2 · Bu həftə: %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Qeyd edən</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Vaxtını dəyiş</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>At least this alike</source>
        <translation>Ən azı bu qədər oxşar</translation>
    </message>
    <message>
        <source>People who may be one family registered twice (similar names, spelling variants, the same birth year and village). Open both records to compare; nothing is merged automatically.</source>
        <translation>İki dəfə qeydə alınmış eyni ailə ola biləcək şəxslər (oxşar adlar, yazılış variantları, eyni doğum ili və kənd). Müqayisə üçün hər iki qeydi açın; heç nə avtomatik birləşdirilmir.</translation>
    </message>
    <message>
        <source>Merge: keep the first</source>
        <translation>Birləşdir: birincini saxla</translation>
    </message>
    <message>
        <source>Merge: keep the second</source>
        <translation>Birləşdir: ikincini saxla</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Axtarılır…</translation>
    </message>
    <message>
        <source>Pairs to review: %1</source>
        <translation>Yoxlanılacaq cütlər: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Ehtimal ki, eyni şəxsdir</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Niyə</translation>
    </message>
    <message>
        <source>Keep %1 and merge %2 into it?

The visits and assistance of %2 will belong to %1; %2 is kept in the history and its id still leads to %1.</source>
        <translation>%1 saxlanılsın və %2 onunla birləşdirilsin?

%2 üzrə ev ziyarətləri və yardımlar %1 adına keçəcək; %2 tarixçədə qalır və onun identifikatoru %1-ə aparır.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Təkrar qeydləri birləşdir</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>adlar %1% oxşardır</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>eyni doğum ili</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>eyni kənd</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>eyni telefon</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>fərqli cins</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>not imported: its sender %1 (key fingerprint %2) is not enrolled here, and you chose Skip</source>
        <translation>idxal edilmədi: göndərəni %1 (açarın barmaq izi %2) burada qeydiyyatda deyil və siz «Keç» seçdiniz</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase on request</source>
        <translation>Xahişlə silmək</translation>
    </message>
    <message>
        <source>Erase %1?

Everything recorded about this person is purged: every version of the record, the notes of their visits and assistance, their drafts, and the backups on this laptop. The visits stay, counted in reports, without the notes. The next export for HQ carries the erasure, and every machine that imports it purges its own copies. Only the fact of the erasure is kept: who erased, and when.

This cannot be undone.</source>
        <translation>%1 silinsin?

Bu şəxs haqqında yazılan hər şey silinir: qeydin bütün versiyaları, onun ziyarətlərinin və yardımlarının qeydləri, qaralamaları və bu noutbukdakı ehtiyat nüsxələr. Ziyarətlər qeydsiz qalır və hesabatlarda sayılır. Mərkəzə növbəti ixrac silinməni aparır və onu idxal edən hər kompüter öz nüsxələrini silir. Yalnız silinmə faktı saxlanılır: kim və nə vaxt sildi.

Bunu geri qaytarmaq olmaz.</translation>
    </message>
    <message>
        <source>The person (or their family) asked to be erased</source>
        <translation>Şəxs (və ya ailəsi) silinməsini xahiş etdi</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <source>Export for HQ</source>
        <translation>Mərkəzi ofis üçün ixrac</translation>
    </message>
    <message>
        <source>Bundle (.fkb): signed by this laptop, can have a password</source>
        <translation>Paket (.fkb): bu noutbuk tərəfindən imzalanır, parolu ola bilər</translation>
    </message>
    <message>
        <source>Only what changed since my last export</source>
        <translation>Yalnız son ixracımdan bəri dəyişənlər</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>istəyə bağlı</translation>
    </message>
    <message>
        <source>Export for HQ…</source>
        <translation>Mərkəzi ofis üçün ixrac et…</translation>
    </message>
    <message>
        <source>Workbook (.xlsx): opens in Excel or LibreOffice; not encrypted</source>
        <translation>İş kitabı (.xlsx): Excel və ya LibreOffice-də açılır; şifrələnmir</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Parol təkrar</translation>
    </message>
    <message>
        <source>Bundle (.fkb): signed and encrypted to HQ&apos;s key; only HQ can open it</source>
        <translation>Paket (.fkb): imzalanır və Mərkəzin açarı ilə şifrələnir; yalnız Mərkəz aça bilər</translation>
    </message>
    <message>
        <source>not needed: encrypted to HQ&apos;s key</source>
        <translation>lazım deyil: Mərkəzin açarı ilə şifrələnir</translation>
    </message>
    <message>
        <source>Encrypted to HQ&apos;s key: only HQ can open it.</source>
        <translation>Mərkəzin açarı ilə şifrələndi: yalnız Mərkəz aça bilər.</translation>
    </message>
    <message>
        <source>Encrypted with the password: send the password another way.</source>
        <translation>Parolla şifrələndi: parolu başqa yolla göndərin.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone with this file can read every name in it.</source>
        <translation>Şifrələnməyib: bu faylı əldə edən hər kəs içindəki bütün adları oxuya bilər.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>İki parol fərqlidir: eyni parolu iki dəfə yazın.</translation>
    </message>
    <message>
        <source>fieldkit bundles (*.fkb)</source>
        <translation>fieldkit paketləri (*.fkb)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 qeyd ixrac edildi: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, village, notes…</source>
        <translation>Ad, kənd, qeydlər üzrə axtarış…</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>to</source>
        <translation>son</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to fieldkit</source>
        <translation>fieldkit-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>Before you start, tell fieldkit who you are. Your name and this laptop&apos;s name travel with the records you export, so HQ knows where they came from. You are recorded as a staff member: the visitor and facilitator of the forms you fill in.</source>
        <translation>Başlamazdan əvvəl fieldkit-ə kim olduğunuzu bildirin. Adınız və bu noutbukun adı ixrac etdiyiniz qeydlərlə birlikdə göndərilir ki, mərkəzi ofis onların haradan gəldiyini bilsin. Siz əməkdaş kimi qeyd olunursunuz: doldurduğunuz formalarda ziyarət edən və aparıcı sizsiniz.</translation>
    </message>
    <message>
        <source>Give your name and a name for this laptop.</source>
        <translation>Adınızı və bu noutbukun adını daxil edin.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Save the form</source>
        <translation>Formanı saxlamaq</translation>
    </message>
    <message>
        <source>Close the form (asks first if anything was typed)</source>
        <translation>Formanı bağlamaq (nə isə yazılıbsa, əvvəlcə soruşur)</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Növbəti sahə</translation>
    </message>
    <message>
        <source>Open the calendar of a date box</source>
        <translation>Tarix sahəsinin təqvimini açmaq</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>Axtarış qutusundan siyahıya keçmək</translation>
    </message>
    <message>
        <source>Open the record of the current row</source>
        <translation>Cari sətrin qeydini açmaq</translation>
    </message>
    <message>
        <source>Last and first record of a list</source>
        <translation>Siyahının son və ilk qeydi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Nə edir</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Təlimat</translation>
    </message>
    <message>
        <source>About fieldkit</source>
        <translation>fieldkit haqqında</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Məlumat qovluğu</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Bu noutbuk</translation>
    </message>
    <message>
        <source>This laptop&apos;s key fingerprint</source>
        <translation>Bu noutbukun açar barmaq izi</translation>
    </message>
    <message>
        <source>A coordinator enrolling this laptop compares this fingerprint with the one their screen shows: read it to them by phone or in person.</source>
        <translation>Bu noutbuku qeydə alan koordinator bu barmaq izini öz ekranındakı ilə müqayisə edir: onu telefonla və ya şəxsən oxuyun.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Təlimat</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>&amp;About fieldkit</source>
        <translation>fieldkit &amp;haqqında</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Tarixçə: %1</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Bu versiyanı bərpa et</translation>
    </message>
    <message>
        <source>Every saved version of this record, newest first.</source>
        <translation>Bu qeydin saxlanmış bütün versiyaları, ən yenisi əvvəldə.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saxlanılıb</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saxlayan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nə dəyişib</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>bu noutbuk</translation>
    </message>
    <message>
        <source>shipped with fieldkit</source>
        <translation>fieldkit ilə gəlib</translation>
    </message>
    <message>
        <source>merged automatically</source>
        <translation>avtomatik birləşdirilib</translation>
    </message>
    <message>
        <source>erased on request: the content is purged from every version</source>
        <translation>xahişlə silindi: məzmun bütün versiyalardan silinib</translation>
    </message>
    <message>
        <source>created</source>
        <translation>yaradıldı</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>bərpa edildi</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dəyişiklik yoxdur</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Rədd edilmiş xanalar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Checking who sent the files…</source>
        <translation>Faylları kimin göndərdiyi yoxlanılır…</translation>
    </message>
    <message>
        <source>Nothing can be imported: no file is left to import.</source>
        <translation>Heç nə idxal edilə bilməz: idxal üçün fayl qalmadı.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Fayllar yoxlanılır…</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows</source>
        <translation>%1 oxunur: %2 sətir</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>İdxal etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Wrong password? Type the bundle&apos;s password again:</source>
        <translation>Parol səhvdir? Paketin parolunu yenidən yazın:</translation>
    </message>
    <message>
        <source>This bundle is protected by a password. Password:</source>
        <translation>Bu paket parolla qorunur. Parol:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Imported. Nothing was refused, but part of the files was not read: see the warnings.</source>
        <translation>İdxal edildi. Heç nə rədd edilməyib, lakin faylların bir hissəsi oxunmayıb: xəbərdarlıqlara baxın.</translation>
    </message>
    <message>
        <source>Erasure on request: %1 people erased by the sender. Importing purges everything about them here, and the notes of %2 records about them.</source>
        <translation>Xahişlə silinmə: göndərən %1 şəxsi silib. İdxal onlar haqqında buradakı hər şeyi və onlarla bağlı %2 qeydin qeydlərini silir.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 cells were refused (below). Correct them in the workbook, or ask the sender for a new export, and import again.</source>
        <translation>Heç nə idxal edilə bilməz: %1 xana rədd edildi (aşağıda). Onları iş kitabında düzəldin və ya göndərəndən yeni ixrac istəyin, sonra yenidən idxal edin.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply to import these records; the warnings say what would not be imported.</source>
        <translation>Hələ heç nə dəyişdirilməyib. Bu qeydləri idxal etmək üçün «Tətbiq et» düyməsini basın; xəbərdarlıqlar nəyin idxal edilməyəcəyini göstərir.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply to import these records.</source>
        <translation>Hələ heç nə dəyişdirilməyib. Bu qeydləri idxal etmək üçün «Tətbiq et» düyməsini basın.</translation>
    </message>
    <message>
        <source>signed by this laptop</source>
        <translation>bu noutbukla imzalanıb</translation>
    </message>
    <message>
        <source>signed by HQ (%1)</source>
        <translation>Qərargah tərəfindən imzalanıb (%1)</translation>
    </message>
    <message>
        <source>signed by %1 (%2)</source>
        <translation>imzalayan: %1 (%2)</translation>
    </message>
    <message>
        <source>signed by %1, who is not enrolled here (%2)</source>
        <translation>imzalayan: %1, burada qeydiyyatda deyil (%2)</translation>
    </message>
    <message>
        <source>not signed (an older fieldkit), taken whole</source>
        <translation>imzasız (köhnə fieldkit), tam qəbul edildi</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>imzasız</translation>
    </message>
    <message>
        <source>%1 merges</source>
        <translation>%1 birləşmə</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 tərəfindən %1</translation>
    </message>
    <message>
        <source>%1 corrected in a spreadsheet (saved as yours)</source>
        <translation>cədvəldə düzəldilmiş %1 (sizin adınıza saxlanılır)</translation>
    </message>
    <message>
        <source>Brings: %1</source>
        <translation>Gətirir: %1</translation>
    </message>
    <message>
        <source>Not imported: %1 made by another device (%2); only that device, or HQ, may send them</source>
        <translation>İdxal edilmədi: başqa cihazın (%2) etdiyi %1 dəyişiklik; onları yalnız həmin cihaz və ya qərargah göndərə bilər</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yenilənmiş</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Dəyişməyən</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rədd edilmiş</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versiyalar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Vərəq</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Xəbərdarlıq</translation>
    </message>
    <message>
        <source>Warnings: nothing refused, but read these (what was not imported)</source>
        <translation>Xəbərdarlıqlar: heç nə rədd edilməyib, amma bunları oxuyun (nə idxal edilmədi)</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join HQ</source>
        <translation>Mərkəzi ofisə qoşul</translation>
    </message>
    <message>
        <source>Joined HQ %1 (%2)</source>
        <translation>Mərkəzi ofisə qoşulub: %1 (%2)</translation>
    </message>
    <message>
        <source>Join bundle (*.fkb)</source>
        <translation>Qoşulma paketi (*.fkb)</translation>
    </message>
    <message>
        <source>This laptop has not joined HQ yet.</source>
        <translation>Bu noutbuk hələ mərkəzi ofisə qoşulmayıb.</translation>
    </message>
    <message>
        <source>Join HQ…</source>
        <translation>Mərkəzi ofisə qoşul…</translation>
    </message>
    <message>
        <source>Open the join bundle (.fkb) HQ gave you and compare HQ&apos;s fingerprint</source>
        <translation>Mərkəzi ofisin verdiyi qoşulma paketini (.fkb) açın və mərkəzi ofisin barmaq izini müqayisə edin</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Qoşulmayıb</translation>
    </message>
    <message>
        <source>HQ was not joined: %1</source>
        <translation>Mərkəzi ofisə qoşulmadı: %1</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join HQ</source>
        <translation>Mərkəzi ofisə qoşul</translation>
    </message>
    <message>
        <source>%1 is signed by HQ %2 with the key fingerprint:</source>
        <translation>%1 mərkəzi ofis %2 tərəfindən bu barmaq izli açarla imzalanıb:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint HQ reads out to you, by phone or in person. Join only if every group is the same: from then on this laptop takes HQ&apos;s files from this key alone.</source>
        <translation>Onu mərkəzi ofisin sizə telefonla və ya şəxsən oxuduğu barmaq izi ilə müqayisə edin. Yalnız hər qrup eynidirsə qoşulun: bundan sonra bu noutbuk mərkəzi ofisin fayllarını yalnız bu açarla qəbul edir.</translation>
    </message>
    <message>
        <source>The bundle carries HQ&apos;s recovery key (%1): joining seals this laptop&apos;s data to it, so that HQ can set a new passphrase if one is forgotten.</source>
        <translation>Paket mərkəzi ofisin bərpa açarını daşıyır (%1): qoşulduqda bu noutbukun məlumatları ona bağlanır ki, parol ifadəsi unudularsa, mərkəzi ofis yenisini təyin edə bilsin.</translation>
    </message>
    <message>
        <source>The bundle carries no recovery key from HQ: if a passphrase is forgotten on this laptop, its data cannot be recovered. Ask HQ for a join bundle made after HQ recorded its recovery key.</source>
        <translation>Paket mərkəzi ofisin bərpa açarını daşımır: bu noutbukda parol ifadəsi unudularsa, məlumatlar bərpa edilə bilməz. Mərkəzi ofisdən bərpa açarını qeyd etdikdən sonra hazırlanmış qoşulma paketi istəyin.</translation>
    </message>
    <message>
        <source>Type the fingerprint HQ reads out</source>
        <translation>Mərkəzi ofisin oxuduğu barmaq izini yazın</translation>
    </message>
    <message>
        <source>It is the same as the one HQ reads out, group by group</source>
        <translation>Mərkəzi ofisin oxuduğu ilə qrup-qrup eynidir</translation>
    </message>
    <message>
        <source>Not the same fingerprint: do not join. Ask HQ to read it again; if it still differs, this bundle is not HQ&apos;s.</source>
        <translation>Barmaq izi eyni deyil: qoşulmayın. Mərkəzi ofisdən onu yenidən oxumağı xahiş edin; yenə fərqlidirsə, bu paket mərkəzi ofisin deyil.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Qoşul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>This laptop&apos;s key</source>
        <translation>Bu noutbukun açarı</translation>
    </message>
    <message>
        <source>Read this fingerprint aloud to HQ (or to the laptop you send files to) when they enrol this laptop: they compare it with the one they are shown.</source>
        <translation>Qərargah (və ya fayl göndərdiyiniz noutbuk) bu noutbuku qeydiyyata alanda bu barmaq izini onlara ucadan oxuyun: onlar onu özlərinə göstərilənlə müqayisə edirlər.</translation>
    </message>
    <message>
        <source>Senders enrolled on this laptop</source>
        <translation>Bu noutbukda qeydiyyatda olan göndərənlər</translation>
    </message>
    <message>
        <source>Revoke this key…</source>
        <translation>Bu açarı ləğv et…</translation>
    </message>
    <message>
        <source>Files are accepted only from the senders listed here, signed with their key. Revoke the key of a lost or stolen laptop: files it signs are refused from then on, and it cannot be enrolled again.</source>
        <translation>Fayllar yalnız burada sadalanan göndərənlərdən, onların açarı ilə imzalanmış halda qəbul edilir. İtmiş və ya oğurlanmış noutbukun açarını ləğv edin: bundan sonra onun imzaladığı fayllar rədd edilir və o, yenidən qeydiyyata alına bilməz.</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Ləğv edilib: %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Etibarlı</translation>
    </message>
    <message>
        <source>HQ&apos;s key</source>
        <translation>Mərkəzi ofisin açarı</translation>
    </message>
    <message>
        <source>Not joined: a laptop joins HQ on the Sync screen, with HQ&apos;s join bundle.</source>
        <translation>Qoşulmayıb: noutbuk mərkəzi ofisə Sinxronizasiya ekranında, mərkəzi ofisin qoşulma paketi ilə qoşulur.</translation>
    </message>
    <message>
        <source>%1 · key fingerprint %2 · joined %3</source>
        <translation>%1 · açarın barmaq izi %2 · qoşulub %3</translation>
    </message>
    <message>
        <source>Keys revoked at HQ, refused here too: %1</source>
        <translation>Mərkəzi ofisdə ləğv edilmiş açarlar, burada da rədd edilir: %1</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Göndərən</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Açarın barmaq izi</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Qeydiyyata alınıb</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Bu açarı ləğv et</translation>
    </message>
    <message>
        <source>Revoke the key of %1 (device %2)?

Key fingerprint: %3

Every file signed by this key is refused from now on, and it cannot be enrolled again. Do this for a lost or stolen laptop.</source>
        <translation>%1 göndərəninin (cihaz %2) açarı ləğv edilsin?

Açarın barmaq izi: %3

Bundan sonra bu açarla imzalanmış hər fayl rədd ediləcək və o, yenidən qeydiyyata alına bilməz. Bunu itmiş və ya oğurlanmış noutbuk üçün edin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldkit — field records</source>
        <translation>fieldkit — sahə qeydləri</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Qeydlər</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Yeni qeyd</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Axtar</translation>
    </message>
    <message>
        <source>&amp;History of selected</source>
        <translation>Seçilmişin &amp;tarixçəsi</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Seçilmişi &amp;sil</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Silməni &amp;geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>Xahişlə &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Silmə</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 silinsin?</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Silindi: %1</translation>
    </message>
    <message>
        <source>Select the person to erase in the list of people first.</source>
        <translation>Əvvəlcə şəxslər siyahısında silinəcək şəxsi seçin.</translation>
    </message>
    <message>
        <source>Erased on request: %1. Only the fact of the erasure is kept.</source>
        <translation>Xahişlə silindi: %1. Yalnız silinmə faktı saxlanılır.</translation>
    </message>
    <message>
        <source>Version %1 restored: %2</source>
        <translation>%1 versiyası bərpa edildi: %2</translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation>Saxlanmamış forma</translation>
    </message>
    <message>
        <source>A form (%1) was not saved when fieldkit last closed, on %2. Open it again?</source>
        <translation>fieldkit sonuncu dəfə bağlananda (%2) bir forma (%1) saxlanmamışdı. Yenidən açılsın?</translation>
    </message>
    <message>
        <source>Restored. The data it replaced were kept in %1</source>
        <translation>Bərpa edildi. Əvəz olunan məlumatlar burada saxlanıldı: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vaxtı çatanlar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinxronizasiya</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Ehtimal olunan dublikatlar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Açarlar</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Merge volunteers&apos; files</source>
        <translation>Könüllülərin fayllarını birləşdir</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Qovluq əlavə et…</translation>
    </message>
    <message>
        <source>Password of the bundles, if they have one</source>
        <translation>Paketlərin parolu (varsa)</translation>
    </message>
    <message>
        <source>Check the files</source>
        <translation>Faylları yoxla</translation>
    </message>
    <message>
        <source>Pick the workbooks and bundles to merge, or a folder of them.</source>
        <translation>Birləşdiriləcək iş kitablarını və paketləri və ya onların qovluğunu seçin.</translation>
    </message>
    <message>
        <source>Merge and save the master…</source>
        <translation>Birləşdir və əsas faylı saxla…</translation>
    </message>
    <message>
        <source>Open the master</source>
        <translation>Əsas faylı aç</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Qovluqda göstər</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Files to merge</source>
        <translation>Birləşdiriləcək fayllar</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Fayl əlavə et</translation>
    </message>
    <message>
        <source>Workbooks and bundles (*.xlsx *.fkb)</source>
        <translation>İş kitabları və paketlər (*.xlsx *.fkb)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Qovluq əlavə et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Fayllar yoxlanılır…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Birləşdirilir…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 yoxlanılır…</translation>
    </message>
    <message>
        <source>%1 of %2 files can be merged; files with problems are left out whole.</source>
        <translation>%2 fayldan %1-i birləşdirilə bilər; problemli fayllar tam kənarda qalır.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kimdən</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>birləşdirildi</translation>
    </message>
    <message>
        <source>Left out (refused cells: %1)</source>
        <translation>Daxil edilmədi (rədd edilmiş xanalar: %1)</translation>
    </message>
    <message>
        <source>Save the master workbook</source>
        <translation>Əsas iş kitabını saxla</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>Merged. The master workbook is %1</source>
        <translation>Birləşdirildi. Əsas iş kitabı: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Ləğv edildi: heç nə birləşdirilmədi.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Possibly one family</source>
        <translation>Ola bilsin, bir ailədir</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Merge: keep the first</source>
        <translation>Birləşdir: birincini saxla</translation>
    </message>
    <message>
        <source>Merge: keep the second</source>
        <translation>Birləşdir: ikincini saxla</translation>
    </message>
</context>
<context>
    <name>PartnerExportBox</name>
    <message>
        <source>Export for a partner</source>
        <translation>Tərəfdaş üçün ixrac</translation>
    </message>
    <message>
        <source>Only people whose consent covers partners. No names, phones, notes, record ids or laptop names; at least k people share every combination of district, village, birth year, sex and dates.</source>
        <translation>Yalnız razılığı tərəfdaşları da əhatə edən şəxslər. Ad, telefon, qeyd, qeyd identifikatoru və noutbuk adı olmur; rayon, kənd, doğum ili, cins və tarixlərin hər birləşməsi ən azı k nəfərdə eynidir.</translation>
    </message>
    <message>
        <source>the organisation it is for</source>
        <translation>nəzərdə tutulduğu təşkilat</translation>
    </message>
    <message>
        <source>Export for a partner…</source>
        <translation>Tərəfdaş üçün ixrac…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>At least k people alike</source>
        <translation>Ən azı k eyni cür şəxs</translation>
    </message>
    <message>
        <source>Name the recipient: the pseudonyms are made for them alone.</source>
        <translation>Alıcını göstərin: psevdonimlər yalnız onun üçün yaradılır.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <source>Exported %1 records for %2, pseudonymised (k = %3), to %4</source>
        <translation>%1 qeyd %2 üçün psevdonimləşdirilərək (k = %3) %4 faylına ixrac edildi</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name to search…</source>
        <translation>Axtarmaq üçün ad yazın…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Yeni şəxs…</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Laptop of the Lachin office</source>
        <translation>məs. Laçın ofisinin noutbuku</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Adınız *</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>District you work in</source>
        <translation>İşlədiyiniz rayon</translation>
    </message>
    <message>
        <source>Name of this laptop *</source>
        <translation>Bu noutbukun adı *</translation>
    </message>
    <message>
        <source>Stamped on every record saved on this laptop.</source>
        <translation>Bu noutbukda saxlanan hər qeydə yazılır.</translation>
    </message>
    <message>
        <source>Device identity</source>
        <translation>Cihaz identifikatoru</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Baxılan yer:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fayl &amp;növü:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Baxılan yer:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fayl &amp;adı:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fayl növü:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Qovluq:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Fərqli saxla</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Qovluq tap</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Üst qovluq</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Siyahı görünüşü</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Ətraflı görünüş</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri qayıt</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>İrəli get</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Üst qovluğa keç</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Siyahı görünüşünə keç</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Yan panel</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Son yerlər</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Kompüterim</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Yeni qovluq</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Fayl qovluğu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Qısayol</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 artıq mövcuddur.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; silinsin?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; yazılmadan qorunur.
Yenə də silinsin?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Qovluğu silmək mümkün olmadı.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fayl tapılmadı.
Fayl adının düzgün yazıldığını yoxlayın.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Qovluq tapılmadı.
Qovluq adının düzgün yazıldığını yoxlayın.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dəyişmə tarixi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompüter</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Yanlış fayl adı</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
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
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Saxlamadan bağla</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit: %1</source>
        <translation>Redaktə: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Yeni: %1</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Save again to replace those changes with yours, or Cancel to keep them.</source>
        <translation>Siz açandan sonra bu qeyd başqa yerdə dəyişdirilib. Həmin dəyişiklikləri özünüzünkü ilə əvəz etmək üçün yenidən saxlayın, onları saxlamaq üçün isə «Ləğv et» düyməsini basın.</translation>
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>Bu formadakı dəyişikliklər ləğv edilsin?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Total participants</source>
        <translation>Cəmi iştirakçı</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* ilə qeyd olunmuş sahələr mütləqdir.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Saxlanmadı: qırmızı ilə qeyd olunmuş sahələri düzəldin.</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Yeni əməkdaş…</translation>
    </message>
    <message>
        <source>New village…</source>
        <translation>Yeni kənd…</translation>
    </message>
    <message>
        <source>No staff member is listed on this laptop yet. Add one with “New staff member…”, or import HQ&apos;s file on the Sync screen.</source>
        <translation>Bu noutbukda hələ heç bir əməkdaş yoxdur. “Yeni əməkdaş…” ilə əlavə edin və ya Sinxronizasiya ekranında mərkəzi ofisin faylını idxal edin.</translation>
    </message>
    <message>
        <source>No village is listed here yet. Add one with “New village…”, or import HQ&apos;s file on the Sync screen.</source>
        <translation>Burada hələ heç bir kənd yoxdur. “Yeni kənd…” ilə əlavə edin və ya Sinxronizasiya ekranında mərkəzi ofisin faylını idxal edin.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Qeydlər: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <source>Save as workbook…</source>
        <translation>İş kitabı kimi saxla…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Dövr: başlanğıc</translation>
    </message>
    <message>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Attendance by month</source>
        <translation>Aylar üzrə iştirak</translation>
    </message>
    <message>
        <source>Assistance delivered by type, value in AZN</source>
        <translation>Növlər üzrə verilmiş yardım, dəyəri AZN ilə</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Bu dövrdə heç nə yoxdur</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Dövrün başlanğıcı sonundan sonradır.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessiyalar</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Ev ziyarətləri</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Gecikmiş təkrar ziyarətlər</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Əhatə olunan şəxslər</translation>
    </message>
    <message>
        <source>Follow-ups overdue on %1</source>
        <translation>%1 tarixinə gecikmiş təkrar ziyarətlər</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Hesabatı saxla</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saxlanılır…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Vaxtını dəyiş</translation>
    </message>
    <message>
        <source>New follow-up date for %1:</source>
        <translation>%1 üçün təkrar ziyarətin yeni tarixi:</translation>
    </message>
</context>
<context>
    <name>SenderQuestion</name>
    <message>
        <source>New sender</source>
        <translation>Yeni göndərən</translation>
    </message>
    <message>
        <source>%1 sent %2 and is not enrolled on this laptop.</source>
        <translation>%1 %2 göndərib və bu noutbukda qeydiyyatda deyil.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Cihaz: %1</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the sender&apos;s laptop (Help → About), by phone or in person. Enrol only if every group is the same; otherwise Skip, and the files of this sender are not imported.</source>
        <translation>Bu barmaq izini göndərənin noutbukundakı ilə (Kömək → Haqqında) telefonla və ya şəxsən müqayisə edin. Yalnız bütün qruplar eynidirsə qeydiyyata alın; əks halda «Keç» seçin, bu göndərənin faylları idxal edilməyəcək.</translation>
    </message>
    <message>
        <source>Enrol %1</source>
        <translation>%1 qeydiyyata al</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Keç</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Qovluğu aç</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>İndi ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Ehtiyat nüsxədən bərpa et…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Məlumatlar</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Məlumat qovluğu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Boş qaldıqda kilidlə</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Ehtiyat nüsxə çıxarılır…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Ehtiyat nüsxə: %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Bərpa üçün ehtiyat nüsxə seçin</translation>
    </message>
    <message>
        <source>fieldkit databases (*.db)</source>
        <translation>fieldkit verilənlər bazaları (*.db)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? A copy of the current data is kept in the backups folder first.</source>
        <translation>Cari məlumatlar bu ehtiyat nüsxə ilə əvəz edilsin? Əvvəlcə cari məlumatların surəti ehtiyat nüsxələr qovluğunda saxlanılır.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Join HQ…</source>
        <translation>Mərkəzi ofisə qoşul…</translation>
    </message>
    <message>
        <source>A new laptop joins HQ first, with HQ&apos;s join bundle</source>
        <translation>Yeni noutbuk əvvəlcə mərkəzi ofisin qoşulma paketi ilə ona qoşulur</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>Not yet exported: %1 · Last export: %2</source>
        <translation>Hələ ixrac edilməyib: %1 · Son ixrac: %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import from a volunteer or HQ</source>
        <translation>Könüllüdən və ya mərkəzi ofisdən idxal</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>İdxal et…</translation>
    </message>
    <message>
        <source>Workbooks (.xlsx) and bundles (.fkb). You see what would change before anything is imported.</source>
        <translation>İş kitabları (.xlsx) və paketlər (.fkb). Hər hansı bir şey idxal edilməzdən əvvəl nəyin dəyişəcəyini görürsünüz.</translation>
    </message>
    <message>
        <source>Merge volunteers&apos; files…</source>
        <translation>Könüllülərin fayllarını birləşdir…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Bu idxalı geri qaytar</translation>
    </message>
    <message>
        <source>Past exports and imports</source>
        <translation>Keçmiş ixrac və idxallar</translation>
    </message>
    <message>
        <source>Senders enrolled on this laptop</source>
        <translation>Bu noutbukda qeydiyyatda olan göndərənlər</translation>
    </message>
    <message>
        <source>This laptop&apos;s key fingerprint: %1</source>
        <translation>Bu noutbukun açarının barmaq izi: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kimdən</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Geri qaytarılıb</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Göndərən</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Açarın barmaq izi</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Qeydiyyata alınıb</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Join bundle</source>
        <translation>Qoşulma paketi</translation>
    </message>
    <message>
        <source>Merge master</source>
        <translation>Birləşdirilmiş əsas fayl</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri qaytarma</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 qeyd</translation>
    </message>
    <message>
        <source>Workbooks and bundles (*.xlsx *.fkb)</source>
        <translation>İş kitabları və paketlər (*.xlsx *.fkb)</translation>
    </message>
    <message>
        <source>Put the data back exactly as they were before the import of %1 (%2)? Everything that import brought is taken out again.</source>
        <translation>Məlumatlar %1 idxalından (%2) əvvəlki vəziyyətinə tam qaytarılsın? Həmin idxalın gətirdiyi hər şey yenidən çıxarılacaq.</translation>
    </message>
    <message>
        <source>Undone: the data are as they were before that import.</source>
        <translation>Geri qaytarıldı: məlumatlar həmin idxaldan əvvəlki kimidir.</translation>
    </message>
    <message>
        <source>Cannot undo this import</source>
        <translation>Bu idxalı geri qaytarmaq mümkün deyil</translation>
    </message>
    <message>
        <source>Export for a partner</source>
        <translation>Tərəfdaş üçün ixrac</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your account</source>
        <translation>Hesabınızı yaradın</translation>
    </message>
    <message>
        <source>Unlock fieldkit</source>
        <translation>fieldkit-i açın</translation>
    </message>
    <message>
        <source>The data on this laptop are encrypted. Choose your name and a passphrase of at least 8 characters: you will type it each time fieldkit starts, and after it locks itself. Each person who shares this laptop has an account of their own; HQ can set a new passphrase if you forget yours.</source>
        <translation>Bu noutbukdakı məlumatlar şifrələnib. Adınızı və ən azı 8 simvoldan ibarət parol ifadəsi seçin: fieldkit hər dəfə açılanda və özünü kilidlədikdən sonra onu yazacaqsınız. Bu noutbukdan istifadə edən hər kəsin öz hesabı olur; parolunuzu unutsanız, Baş ofis yenisini təyin edə bilər.</translation>
    </message>
    <message>
        <source>fieldkit locked itself after a while without use. Type your passphrase.</source>
        <translation>fieldkit bir müddət istifadə olunmadığı üçün özünü kilidlədi. Parol ifadənizi yazın.</translation>
    </message>
    <message>
        <source>The data on this laptop are encrypted. Choose your account and type its passphrase.</source>
        <translation>Bu noutbukdakı məlumatlar şifrələnib. Hesabınızı seçin və onun parol ifadəsini yazın.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesab</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Parol ifadəsi təkrar</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>İki parol ifadəsi fərqlidir.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this account.</source>
        <translation>Bu hesab üçün parol ifadəsi yanlışdır.</translation>
    </message>
</context>
<context>
    <name>declared</name>
    <message>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <source>ISO 3166-2 code</source>
        <translation>ISO 3166-2 kodu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>District (rayon)</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Autonomous republic</source>
        <translation>Muxtar respublika</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Tərkibində</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Kəndlər</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>En dairəsi</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Uzunluq dairəsi</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Əməkdaşlar</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Soyadı, adı</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Könüllü</translation>
    </message>
    <message>
        <source>Mine-risk education facilitator</source>
        <translation>Mina təhlükəsi üzrə maarifləndirici</translation>
    </message>
    <message>
        <source>Psychosocial worker</source>
        <translation>Psixososial işçi</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Choice list item</source>
        <translation>Siyahı elementi</translation>
    </message>
    <message>
        <source>Choice list items</source>
        <translation>Siyahı elementləri</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Siyahı</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Label (Azerbaijani)</source>
        <translation>Ad (azərbaycanca)</translation>
    </message>
    <message>
        <source>Label (Russian)</source>
        <translation>Ad (rusca)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Person / household</source>
        <translation>Şəxs / ailə</translation>
    </message>
    <message>
        <source>People / households</source>
        <translation>Şəxslər / ailələr</translation>
    </message>
    <message>
        <source>Head of household or beneficiary, as on the ID card.</source>
        <translation>Ailə başçısı və ya benefisiar, şəxsiyyət vəsiqəsində olduğu kimi.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Qadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Doğum ili</translation>
    </message>
    <message>
        <source>Displacement status</source>
        <translation>Köçkünlük statusu</translation>
    </message>
    <message>
        <source>Internally displaced (IDP)</source>
        <translation>Məcburi köçkün</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Geri qayıdan</translation>
    </message>
    <message>
        <source>Host community</source>
        <translation>Qəbul edən icma</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Yerli sakin</translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation>Əlilliyi olan şəxs</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Ailə üzvlərinin sayı</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Həssaslıq</translation>
    </message>
    <message>
        <source>Family of a missing person</source>
        <translation>İtkin düşmüş şəxsin ailəsi</translation>
    </message>
    <message>
        <source>Mine / ERW survivor</source>
        <translation>Mina / PHS qurbanı (sağ qalan)</translation>
    </message>
    <message>
        <source>Family of a mine victim</source>
        <translation>Mina qurbanının ailəsi</translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <translation>Qadının başçılıq etdiyi ailə</translation>
    </message>
    <message>
        <source>Older person living alone</source>
        <translation>Tək yaşayan yaşlı şəxs</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Xroniki xəstəlik</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Razılıq verilib</translation>
    </message>
    <message>
        <source>Informed consent to record these data; the next field says what it covers.</source>
        <translation>Bu məlumatların qeyd edilməsinə məlumatlı razılıq; nəyi əhatə etdiyini növbəti sahə göstərir.</translation>
    </message>
    <message>
        <source>Consent covers</source>
        <translation>Razılığın əhatəsi</translation>
    </message>
    <message>
        <source>What the person agreed to; read only when consent is given.</source>
        <translation>Şəxsin nəyə razılıq verdiyi; yalnız razılıq verildikdə nəzərə alınır.</translation>
    </message>
    <message>
        <source>Recording here only</source>
        <translation>Yalnız burada qeyd etmək</translation>
    </message>
    <message>
        <source>Recording and sharing with HQ</source>
        <translation>Qeyd etmək və mərkəzi ofislə paylaşmaq</translation>
    </message>
    <message>
        <source>Sharing with HQ and, without names, with partners</source>
        <translation>Mərkəzi ofislə, adsız olaraq isə tərəfdaşlarla da paylaşmaq</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Razılıq tarixi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ev ziyarəti</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Ev ziyarətləri</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Ziyarət tarixi</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Ziyarət edən</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Accompaniment of families of the missing</source>
        <translation>İtkin düşənlərin ailələrinin müşayiəti</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Psixososial dəstək</translation>
    </message>
    <message>
        <source>Livelihood follow-up</source>
        <translation>Dolanışıq yardımının izlənməsi</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Ehtiyacların qiymətləndirilməsi</translation>
    </message>
    <message>
        <source>Funeral accompaniment</source>
        <translation>Dəfn mərasimində müşayiət</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Müəyyən edilmiş ehtiyaclar</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Tibbi yardım</translation>
    </message>
    <message>
        <source>Physical rehabilitation / prosthetics</source>
        <translation>Fiziki reabilitasiya / protezləşmə</translation>
    </message>
    <message>
        <source>Legal aid / documents</source>
        <translation>Hüquqi yardım / sənədlər</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Sığınacaq</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Qida</translation>
    </message>
    <message>
        <source>Livelihood</source>
        <translation>Dolanışıq</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Təhsil</translation>
    </message>
    <message>
        <source>Information on the missing relative</source>
        <translation>İtkin düşmüş qohum barədə məlumat</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Yönləndirmələr</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Tibb xidmətləri</translation>
    </message>
    <message>
        <source>Rehabilitation centre</source>
        <translation>Reabilitasiya mərkəzi</translation>
    </message>
    <message>
        <source>Psychosocial services</source>
        <translation>Psixososial xidmətlər</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Hüquqi yardım</translation>
    </message>
    <message>
        <source>Social protection office</source>
        <translation>Sosial müdafiə idarəsi</translation>
    </message>
    <message>
        <source>Livelihood programme</source>
        <translation>Dolanışıq proqramı</translation>
    </message>
    <message>
        <source>Mine action agency (ANAMA)</source>
        <translation>Minatəmizləmə Agentliyi (ANAMA)</translation>
    </message>
    <message>
        <source>ICRC / Red Crescent tracing</source>
        <translation>BQXK / Qızıl Aypara axtarış xidməti</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Təkrar baxış tarixi</translation>
    </message>
    <message>
        <source>Awareness session</source>
        <translation>Maarifləndirmə sessiyası</translation>
    </message>
    <message>
        <source>Awareness sessions</source>
        <translation>Maarifləndirmə sessiyaları</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sessiya tarixi</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Aparıcı</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Auditoriya</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>İcma</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Məktəb</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Geri qayıdanlar</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>Fermerlər</translation>
    </message>
    <message>
        <source>Herders</source>
        <translation>Çobanlar</translation>
    </message>
    <message>
        <source>Scrap-metal collectors</source>
        <translation>Metal qırıntısı toplayanlar</translation>
    </message>
    <message>
        <source>Women&apos;s group</source>
        <translation>Qadınlar qrupu</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Qızlar</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Oğlanlar</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Qadınlar</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Kişilər</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>Əlilliyi olan şəxslər</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>Paylanmış materiallar</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Vərəqələr</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Plakatlar</translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation>Kitabçalar</translation>
    </message>
    <message>
        <source>School kits</source>
        <translation>Məktəb dəstləri</translation>
    </message>
    <message>
        <source>Video shown</source>
        <translation>Video göstərildi</translation>
    </message>
    <message>
        <source>Hazards reported by the community</source>
        <translation>İcmanın bildirdiyi təhlükələr</translation>
    </message>
    <message>
        <source>Suspected explosive ordnance: description</source>
        <translation>Şübhəli partlayıcı sursat: təsviri</translation>
    </message>
    <message>
        <source>What was seen, and where; passed to the mine-action authority.</source>
        <translation>Nə və harada görülüb; minatəmizləmə orqanına ötürülür.</translation>
    </message>
    <message>
        <source>Hazard location</source>
        <translation>Təhlükənin yeri</translation>
    </message>
    <message>
        <source>Livelihood assistance</source>
        <translation>Dolanışıq yardımı</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Beekeeping</source>
        <translation>Arıçılıq</translation>
    </message>
    <message>
        <source>Poultry</source>
        <translation>Quşçuluq</translation>
    </message>
    <message>
        <source>Smart gardening</source>
        <translation>Ağıllı bağçılıq</translation>
    </message>
    <message>
        <source>Micro-economic initiative</source>
        <translation>Mikroiqtisadi təşəbbüs</translation>
    </message>
    <message>
        <source>Cash grant</source>
        <translation>Nağd qrant</translation>
    </message>
    <message>
        <source>Business training</source>
        <translation>Biznes təlimi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Avadanlıq</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Əşyalar</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>AZN</source>
        <translation>AZN</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Təhvil verilib</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>İzlənilib</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Təhvil tarixi</translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation>İzləmənin nəticəsi</translation>
    </message>
    <message>
        <source>Running and earning</source>
        <translation>İşləyir və gəlir gətirir</translation>
    </message>
    <message>
        <source>Running, not yet earning</source>
        <translation>İşləyir, hələ gəlir gətirmir</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>Çətinlik çəkir</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dayandırılıb</translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation>Birləşdirilmiş təkrar qeyd</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Birləşdirilmiş təkrar qeydlər</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Birləşdirilən qeyd</translation>
    </message>
    <message>
        <source>Surviving record</source>
        <translation>Saxlanılan qeyd</translation>
    </message>
    <message>
        <source>Why they are the same</source>
        <translation>Niyə eyni şəxsdir</translation>
    </message>
    <message>
        <source>Give the date consent was given.</source>
        <translation>Razılığın verildiyi tarixi göstərin.</translation>
    </message>
    <message>
        <source>A consent date is set but consent is not ticked.</source>
        <translation>Razılıq tarixi göstərilib, lakin razılıq qeyd olunmayıb.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the visit.</source>
        <translation>Təkrar baxış ziyarətdən əvvələ təyin edilə bilməz.</translation>
    </message>
    <message>
        <source>A session needs at least one participant.</source>
        <translation>Sessiyada ən azı bir iştirakçı olmalıdır.</translation>
    </message>
    <message>
        <source>More persons with disabilities than participants.</source>
        <translation>Əlilliyi olan şəxslər iştirakçılardan çoxdur.</translation>
    </message>
    <message>
        <source>Describe the hazard reported.</source>
        <translation>Bildirilən təhlükəni təsvir edin.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Həm en, həm də uzunluq dairəsini göstərin və ya heç birini.</translation>
    </message>
    <message>
        <source>A delivered item needs its delivery date.</source>
        <translation>Təhvil verilmiş yardımın təhvil tarixi olmalıdır.</translation>
    </message>
    <message>
        <source>An outcome is recorded: set the status to followed up.</source>
        <translation>Nəticə qeyd olunub: statusu «İzlənilib» edin.</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation>Şəxs özü ilə birləşdirilə bilməz.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Bu sahə mütləqdir.</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong</source>
        <translation>Xəta baş verdi</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <source>Mine-risk awareness sessions and attendance</source>
        <translation>Mina təhlükəsi üzrə maarifləndirmə sessiyaları və iştirak</translation>
    </message>
    <message>
        <source>Headcounts from attendance sheets: a person attending two sessions counts twice.</source>
        <translation>İştirak vərəqələrindən say: iki sessiyada iştirak edən şəxs iki dəfə sayılır.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Rayon kodu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessiyalar</translation>
    </message>
    <message>
        <source>Total participants</source>
        <translation>Cəmi iştirakçı</translation>
    </message>
    <message>
        <source>Sessions with hazards reported</source>
        <translation>Təhlükə bildirilən sessiyalar</translation>
    </message>
    <message>
        <source>Home visits by purpose</source>
        <translation>Məqsədə görə ev ziyarətləri</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ziyarətlər</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>Ziyarət edilən ailələr</translation>
    </message>
    <message>
        <source>A follow-up counts as done once the family has a later visit.</source>
        <translation>Ailəyə sonrakı ziyarət olduqda təkrar ziyarət edilmiş sayılır.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Gecikmə günləri</translation>
    </message>
    <message>
        <source>Visit id</source>
        <translation>Ziyarət identifikatoru</translation>
    </message>
    <message>
        <source>Livelihood assistance delivered, by type</source>
        <translation>Növlər üzrə verilmiş dolanışıq yardımı</translation>
    </message>
    <message>
        <source>Delivered and followed-up assistance only; planned assistance is not counted.</source>
        <translation>Yalnız verilmiş və izlənilmiş yardım; planlaşdırılmış yardım sayılmır.</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>Növ kodu</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Verilmələr</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Əhatə olunan şəxslər</translation>
    </message>
    <message>
        <source>Value (AZN)</source>
        <translation>Dəyər (AZN)</translation>
    </message>
    <message>
        <source>Deliveries in other currencies (not in value)</source>
        <translation>Digər valyutalarda verilmələr (dəyərə daxil deyil)</translation>
    </message>
    <message>
        <source>People reached without double counting (visits and assistance)</source>
        <translation>Təkrar sayılmadan əhatə olunan şəxslər (ziyarətlər və yardım)</translation>
    </message>
    <message>
        <source>A family visited three times and given assistance twice counts once.</source>
        <translation>Üç dəfə ziyarət edilən və iki dəfə yardım alan ailə bir dəfə sayılır.</translation>
    </message>
    <message>
        <source>People / households reached</source>
        <translation>Əhatə olunan şəxslər / ailələr</translation>
    </message>
    <message>
        <source>With disability</source>
        <translation>Əlilliyi olan</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Ailə üzvləri</translation>
    </message>
</context>
<context>
    <name>self.status</name>
    <message>
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
</context>
<context>
    <name>sender</name>
    <message>
        <source>Unnamed laptop %1</source>
        <translation>Adsız noutbuk %1</translation>
    </message>
</context>
</TS>
