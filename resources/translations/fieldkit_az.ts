<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
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
        <source>Before you start, tell fieldkit who you are. Your name and this laptop&apos;s name travel with the records you export, so HQ knows where they came from.</source>
        <translation>Başlamazdan əvvəl fieldkit-ə kim olduğunuzu bildirin. Adınız və bu noutbukun adı ixrac etdiyiniz qeydlərlə birlikdə göndərilir ki, mərkəzi ofis onların haradan gəldiyini bilsin.</translation>
    </message>
    <message>
        <source>Give your name and a name for this laptop.</source>
        <translation>Adınızı və bu noutbukun adını daxil edin.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Tarixçə: %1</translation>
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
        <source>What changed</source>
        <translation>Nə dəyişib</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>bu noutbuk</translation>
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
        <source>Deleted: %1</source>
        <translation>Silindi: %1</translation>
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
    <message>
        <source>%1 shown; scroll for more</source>
        <translation>%1 göstərilir; daha çoxu üçün sürüşdürün</translation>
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
        <source>To keep the data elsewhere, start fieldkit with the FIELDKIT_DATA_DIR environment variable set to that folder.</source>
        <translation>Məlumatları başqa yerdə saxlamaq üçün fieldkit-i FIELDKIT_DATA_DIR mühit dəyişənini həmin qovluğa təyin edərək başladın.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
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
        <source>Informed consent to record and share these data with HQ.</source>
        <translation>Bu məlumatların qeyd edilməsinə və mərkəzi ofislə paylaşılmasına məlumatlı razılıq.</translation>
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
    <name>self.status</name>
    <message>
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
</context>
</TS>
