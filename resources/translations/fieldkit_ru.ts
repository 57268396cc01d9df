<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, village, notes…</source>
        <translation>Поиск по имени, селу, заметкам…</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to fieldkit</source>
        <translation>Добро пожаловать в fieldkit</translation>
    </message>
    <message>
        <source>Before you start, tell fieldkit who you are. Your name and this laptop&apos;s name travel with the records you export, so HQ knows where they came from.</source>
        <translation>Прежде чем начать, укажите, кто вы. Ваше имя и имя этого ноутбука передаются вместе с экспортируемыми записями, чтобы центральный офис знал, откуда они.</translation>
    </message>
    <message>
        <source>Give your name and a name for this laptop.</source>
        <translation>Укажите ваше имя и имя этого ноутбука.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Every saved version of this record, newest first.</source>
        <translation>Все сохранённые версии этой записи, сначала новые.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldkit — field records</source>
        <translation>fieldkit — полевые записи</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;History of selected</source>
        <translation>&amp;История выбранной</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Удалить выбранную</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation>Несохранённая форма</translation>
    </message>
    <message>
        <source>A form (%1) was not saved when fieldkit last closed, on %2. Open it again?</source>
        <translation>Когда fieldkit закрылся в последний раз (%2), форма (%1) не была сохранена. Открыть её снова?</translation>
    </message>
    <message>
        <source>Restored. The data it replaced were kept in %1</source>
        <translation>Восстановлено. Заменённые данные сохранены в %1</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name to search…</source>
        <translation>Введите имя для поиска…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Laptop of the Lachin office</source>
        <translation>напр. Ноутбук Лачинского офиса</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Ваше имя *</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>District you work in</source>
        <translation>Район работы</translation>
    </message>
    <message>
        <source>Name of this laptop *</source>
        <translation>Имя этого ноутбука *</translation>
    </message>
    <message>
        <source>Stamped on every record saved on this laptop.</source>
        <translation>Ставится на каждую запись, сохранённую на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Device identity</source>
        <translation>Идентификатор устройства</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit: %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Save again to replace those changes with yours, or Cancel to keep them.</source>
        <translation>С момента открытия эта запись была изменена в другом месте. Сохраните ещё раз, чтобы заменить эти изменения своими, или нажмите «Отмена», чтобы оставить их.</translation>
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>Отменить изменения в этой форме?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Total participants</source>
        <translation>Всего участников</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation>Показано %1; прокрутите, чтобы увидеть больше</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>To keep the data elsewhere, start fieldkit with the FIELDKIT_DATA_DIR environment variable set to that folder.</source>
        <translation>Чтобы хранить данные в другом месте, запускайте fieldkit с переменной окружения FIELDKIT_DATA_DIR, указывающей на эту папку.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия: %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <source>fieldkit databases (*.db)</source>
        <translation>Базы данных fieldkit (*.db)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? A copy of the current data is kept in the backups folder first.</source>
        <translation>Заменить текущие данные этой резервной копией? Сначала копия текущих данных будет сохранена в папке резервных копий.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Not yet exported: %1 · Last export: %2</source>
        <translation>Ещё не экспортировано: %1 · Последний экспорт: %2</translation>
    </message>
</context>
<context>
    <name>declared</name>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>ISO 3166-2 code</source>
        <translation>Код ISO 3166-2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>District (rayon)</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Autonomous republic</source>
        <translation>Автономная республика</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Сёла</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Mine-risk education facilitator</source>
        <translation>Инструктор по минной опасности</translation>
    </message>
    <message>
        <source>Psychosocial worker</source>
        <translation>Психосоциальный работник</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Choice list item</source>
        <translation>Элемент списка</translation>
    </message>
    <message>
        <source>Choice list items</source>
        <translation>Элементы списков</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Label (Azerbaijani)</source>
        <translation>Название (по-азербайджански)</translation>
    </message>
    <message>
        <source>Label (Russian)</source>
        <translation>Название (по-русски)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Person / household</source>
        <translation>Человек / семья</translation>
    </message>
    <message>
        <source>People / households</source>
        <translation>Люди / семьи</translation>
    </message>
    <message>
        <source>Head of household or beneficiary, as on the ID card.</source>
        <translation>Глава семьи или получатель помощи, как в удостоверении личности.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Displacement status</source>
        <translation>Статус перемещения</translation>
    </message>
    <message>
        <source>Internally displaced (IDP)</source>
        <translation>Вынужденный переселенец (ВПЛ)</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Вернувшийся</translation>
    </message>
    <message>
        <source>Host community</source>
        <translation>Принимающая община</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Местный житель</translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation>Человек с инвалидностью</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Размер семьи</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Уязвимость</translation>
    </message>
    <message>
        <source>Family of a missing person</source>
        <translation>Семья пропавшего без вести</translation>
    </message>
    <message>
        <source>Mine / ERW survivor</source>
        <translation>Пострадавший от мин / ВПВ</translation>
    </message>
    <message>
        <source>Family of a mine victim</source>
        <translation>Семья жертвы мины</translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <translation>Семья, возглавляемая женщиной</translation>
    </message>
    <message>
        <source>Older person living alone</source>
        <translation>Одинокий пожилой человек</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Хроническое заболевание</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Informed consent to record and share these data with HQ.</source>
        <translation>Информированное согласие на запись этих данных и передачу их в центральный офис.</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Визит на дом</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Визиты на дом</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Accompaniment of families of the missing</source>
        <translation>Сопровождение семей пропавших без вести</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Livelihood follow-up</source>
        <translation>Контроль помощи в обеспечении средств к существованию</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Оценка потребностей</translation>
    </message>
    <message>
        <source>Funeral accompaniment</source>
        <translation>Сопровождение на похоронах</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Выявленные потребности</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Physical rehabilitation / prosthetics</source>
        <translation>Физическая реабилитация / протезирование</translation>
    </message>
    <message>
        <source>Legal aid / documents</source>
        <translation>Юридическая помощь / документы</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Продукты питания</translation>
    </message>
    <message>
        <source>Livelihood</source>
        <translation>Средства к существованию</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Information on the missing relative</source>
        <translation>Информация о пропавшем родственнике</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Медицинские службы</translation>
    </message>
    <message>
        <source>Rehabilitation centre</source>
        <translation>Реабилитационный центр</translation>
    </message>
    <message>
        <source>Psychosocial services</source>
        <translation>Психосоциальные службы</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Social protection office</source>
        <translation>Отдел социальной защиты</translation>
    </message>
    <message>
        <source>Livelihood programme</source>
        <translation>Программа обеспечения средств к существованию</translation>
    </message>
    <message>
        <source>Mine action agency (ANAMA)</source>
        <translation>Агентство по разминированию (ANAMA)</translation>
    </message>
    <message>
        <source>ICRC / Red Crescent tracing</source>
        <translation>МККК / Красный Полумесяц, розыск</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Срок повторного визита</translation>
    </message>
    <message>
        <source>Awareness session</source>
        <translation>Информационное занятие</translation>
    </message>
    <message>
        <source>Awareness sessions</source>
        <translation>Информационные занятия</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Дата занятия</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Община</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Вернувшиеся</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>Фермеры</translation>
    </message>
    <message>
        <source>Herders</source>
        <translation>Пастухи</translation>
    </message>
    <message>
        <source>Scrap-metal collectors</source>
        <translation>Сборщики металлолома</translation>
    </message>
    <message>
        <source>Women&apos;s group</source>
        <translation>Женская группа</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Persons with disabilities</source>
        <translation>Люди с инвалидностью</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>Розданные материалы</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Листовки</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Плакаты</translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation>Брошюры</translation>
    </message>
    <message>
        <source>School kits</source>
        <translation>Школьные наборы</translation>
    </message>
    <message>
        <source>Video shown</source>
        <translation>Показано видео</translation>
    </message>
    <message>
        <source>Hazards reported by the community</source>
        <translation>Опасности, о которых сообщила община</translation>
    </message>
    <message>
        <source>Suspected explosive ordnance: description</source>
        <translation>Подозрительный взрывоопасный предмет: описание</translation>
    </message>
    <message>
        <source>What was seen, and where; passed to the mine-action authority.</source>
        <translation>Что и где было замечено; передаётся органу по разминированию.</translation>
    </message>
    <message>
        <source>Hazard location</source>
        <translation>Место опасности</translation>
    </message>
    <message>
        <source>Livelihood assistance</source>
        <translation>Помощь в обеспечении средств к существованию</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Beekeeping</source>
        <translation>Пчеловодство</translation>
    </message>
    <message>
        <source>Poultry</source>
        <translation>Птицеводство</translation>
    </message>
    <message>
        <source>Smart gardening</source>
        <translation>Умное садоводство</translation>
    </message>
    <message>
        <source>Micro-economic initiative</source>
        <translation>Микроэкономическая инициатива</translation>
    </message>
    <message>
        <source>Cash grant</source>
        <translation>Денежный грант</translation>
    </message>
    <message>
        <source>Business training</source>
        <translation>Бизнес-обучение</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
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
        <translation>Программа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation>Итог проверки</translation>
    </message>
    <message>
        <source>Running and earning</source>
        <translation>Работает и приносит доход</translation>
    </message>
    <message>
        <source>Running, not yet earning</source>
        <translation>Работает, но пока без дохода</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>Испытывает трудности</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Give the date consent was given.</source>
        <translation>Укажите дату получения согласия.</translation>
    </message>
    <message>
        <source>A consent date is set but consent is not ticked.</source>
        <translation>Дата согласия указана, но согласие не отмечено.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the visit.</source>
        <translation>Повторный визит не может быть раньше визита.</translation>
    </message>
    <message>
        <source>A session needs at least one participant.</source>
        <translation>На занятии должен быть хотя бы один участник.</translation>
    </message>
    <message>
        <source>More persons with disabilities than participants.</source>
        <translation>Людей с инвалидностью больше, чем участников.</translation>
    </message>
    <message>
        <source>Describe the hazard reported.</source>
        <translation>Опишите сообщённую опасность.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Укажите и широту, и долготу — или ни то, ни другое.</translation>
    </message>
    <message>
        <source>A delivered item needs its delivery date.</source>
        <translation>Для выданной помощи нужна дата выдачи.</translation>
    </message>
    <message>
        <source>An outcome is recorded: set the status to followed up.</source>
        <translation>Итог записан: установите статус «Проверено».</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>self.status</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
</TS>
