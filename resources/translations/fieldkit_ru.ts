<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountRules</name>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>У учётной записи должно быть имя.</translation>
    </message>
    <message>
        <source>An account name is at most %1 characters.</source>
        <translation>Имя учётной записи — не более %1 символов.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Учётная запись %1 уже есть.</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Учётные записи на этом ноутбуке</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>HQ&apos;s recovery key is in place (%1): if a passphrase is forgotten, HQ can set a new one and nothing is lost.</source>
        <translation>Ключ восстановления центрального офиса на месте (%1): если парольная фраза забыта, центральный офис может задать новую, и ничего не теряется.</translation>
    </message>
    <message>
        <source>No HQ recovery key on this laptop: a forgotten passphrase cannot be recovered. Joining HQ with a join bundle that carries its recovery key puts one in place.</source>
        <translation>На этом ноутбуке нет ключа восстановления центрального офиса: забытую парольную фразу нельзя восстановить. Подключение к центральному офису пакетом подключения с его ключом восстановления добавит ключ.</translation>
    </message>
    <message>
        <source>Account %1 added: it can unlock this laptop now. Cancel in Settings does not take it back.</source>
        <translation>Учётная запись %1 добавлена: теперь она открывает этот ноутбук. «Отмена» в настройках её не отменяет.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>An account for another person who uses this laptop. They type their own passphrase (at least %1 characters) and unlock the same data with it; what they save is shown under their name. The account is added as soon as you press Add the account.</source>
        <translation>Учётная запись для другого человека, который пользуется этим ноутбуком. Он вводит свою парольную фразу (не менее %1 символов) и открывает ею те же данные; то, что он сохраняет, показывается под его именем. Учётная запись добавляется сразу, как только вы нажмёте «Добавить учётную запись».</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Его или её имя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>All from revision A</source>
        <translation>Всё из версии A</translation>
    </message>
    <message>
        <source>All from revision B</source>
        <translation>Всё из версии B</translation>
    </message>
    <message>
        <source>Resolve with these values</source>
        <translation>Решить с этими значениями</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Открытых конфликтов: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <source>Bold: changed on that laptop since Before. Yellow: the two revisions differ.</source>
        <translation>Жирным: изменено на том ноутбуке после «До». Жёлтым: версии различаются.</translation>
    </message>
    <message>
        <source>Revision %1: version %2 by %3 on %4, saved %5 (by its clock)</source>
        <translation>Версия %1: номер %2 — сохранил(а): %3, ноутбук: %4, сохранено %5 (по его часам)</translation>
    </message>
    <message>
        <source>a volunteer not named</source>
        <translation>неизвестный волонтёр</translation>
    </message>
    <message>
        <source> — shown now</source>
        <translation> — показана сейчас</translation>
    </message>
    <message>
        <source>Before: nothing in common — the two revisions began separately.</source>
        <translation>До: общего нет — обе версии начались отдельно.</translation>
    </message>
    <message>
        <source>Before: their common ancestor.</source>
        <translation>До: общая версия, от которой начались обе.</translation>
    </message>
    <message>
        <source>Before: version %1, their common ancestor.</source>
        <translation>До: версия %1, общая, от которой начались обе.</translation>
    </message>
    <message>
        <source>%1 taken from %2 (%3)</source>
        <translation>%1 — взято: %2 (%3)</translation>
    </message>
    <message>
        <source>Merged by themselves: %1</source>
        <translation>Объединено автоматически: %1</translation>
    </message>
    <message>
        <source>No conflict chosen.</source>
        <translation>Конфликт не выбран.</translation>
    </message>
    <message>
        <source>No open conflicts: every record has one current version.</source>
        <translation>Открытых конфликтов нет: у каждой записи одна текущая версия.</translation>
    </message>
    <message>
        <source>%1 — %2 fields differ. Pick which value to keep for each.</source>
        <translation>%1 — различаются поля: %2. Выберите, какое значение оставить в каждом.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Revision A</source>
        <translation>Версия A</translation>
    </message>
    <message>
        <source>Revision B</source>
        <translation>Версия B</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Changed on %1 since Before</source>
        <translation>Изменено после «До»: %1</translation>
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
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
</context>
<context>
    <name>DueScreen</name>
    <message>
        <source>No follow-up is due this week.</source>
        <translation>На этой неделе повторных визитов нет.</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Открыть визит</translation>
    </message>
    <message>
        <source>Record the follow-up visit…</source>
        <translation>Записать повторный визит…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>Все волонтёры</translation>
    </message>
    <message>
        <source>Follow-ups of the home visits of every volunteer on this laptop, earliest first. A follow-up is done once the family&apos;s next visit is recorded.</source>
        <translation>Повторные визиты по визитам на дом всех волонтёров на этом ноутбуке, самые ранние первыми. Повторный визит выполнен, когда записан следующий визит к семье.</translation>
    </message>
    <message>
        <source>Follow-ups of the home visits you recorded, earliest first. A follow-up is done once the family&apos;s next visit is recorded.</source>
        <translation>Повторные визиты по визитам на дом, которые записали вы, самые ранние первыми. Повторный визит выполнен, когда записан следующий визит к семье.</translation>
    </message>
    <message>
        <source>Overdue, days: %1</source>
        <translation>Просрочено, дней: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Before accounts</source>
        <translation>До учётных записей</translation>
    </message>
    <message>
        <source>%1, before accounts</source>
        <translation>%1, до учётных записей</translation>
    </message>
    <message>
        <source>Overdue: %1 · Today: %2 · This week: %3</source>
        <translation>Просрочено: %1 · Сегодня: %2 · На этой неделе: %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенос</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>At least this alike</source>
        <translation>Сходство не менее</translation>
    </message>
    <message>
        <source>People who may be one family registered twice (similar names, spelling variants, the same birth year and village). Open both records to compare; nothing is merged automatically.</source>
        <translation>Люди, которые могут быть одной семьёй, записанной дважды (похожие имена, варианты написания, тот же год рождения и село). Откройте обе записи и сравните; ничего не объединяется автоматически.</translation>
    </message>
    <message>
        <source>Merge: keep the first</source>
        <translation>Объединить: оставить первого</translation>
    </message>
    <message>
        <source>Merge: keep the second</source>
        <translation>Объединить: оставить второго</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Pairs to review: %1</source>
        <translation>Пар для проверки: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Возможно, тот же, что</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Keep %1 and merge %2 into it?

The visits and assistance of %2 will belong to %1; %2 is kept in the history and its id still leads to %1.</source>
        <translation>Оставить %1 и объединить с ним %2?

Визиты и помощь %2 перейдут к %1; %2 остаётся в истории, а его идентификатор ведёт к %1.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Объединить дубликаты</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>имена похожи на %1%</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>тот же год рождения</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>то же село</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>разный пол</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>not imported: its sender %1 (key fingerprint %2) is not enrolled here, and you chose Skip</source>
        <translation>не импортирован: его отправитель %1 (отпечаток ключа %2) не зарегистрирован здесь, и вы выбрали «Пропустить»</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase on request</source>
        <translation>Удаление по просьбе</translation>
    </message>
    <message>
        <source>Erase %1?

Everything recorded about this person is purged: every version of the record, the notes of their visits and assistance, their drafts, and the backups on this laptop. The visits stay, counted in reports, without the notes. The next export for HQ carries the erasure, and every machine that imports it purges its own copies. Only the fact of the erasure is kept: who erased, and when.

This cannot be undone.</source>
        <translation>Удалить %1?

Всё, что записано об этом человеке, стирается: все версии записи, заметки его посещений и помощи, черновики и резервные копии на этом ноутбуке. Посещения остаются и учитываются в отчётах, но без заметок. Следующий экспорт для штаба передаёт удаление, и каждый компьютер, который его импортирует, стирает свои копии. Сохраняется только факт удаления: кто и когда удалил.

Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The person (or their family) asked to be erased</source>
        <translation>Человек (или его семья) попросил удалить данные</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <source>Export for HQ</source>
        <translation>Экспорт для центрального офиса</translation>
    </message>
    <message>
        <source>Bundle (.fkb): signed by this laptop, can have a password</source>
        <translation>Пакет (.fkb): подписан этим ноутбуком, может иметь пароль</translation>
    </message>
    <message>
        <source>Only what changed since my last export</source>
        <translation>Только изменённое с моего последнего экспорта</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Export for HQ…</source>
        <translation>Экспортировать для центрального офиса…</translation>
    </message>
    <message>
        <source>Workbook (.xlsx): opens in Excel or LibreOffice; not encrypted</source>
        <translation>Книга (.xlsx): открывается в Excel или LibreOffice; не зашифрована</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Bundle (.fkb): signed and encrypted to HQ&apos;s key; only HQ can open it</source>
        <translation>Пакет (.fkb): подписан и зашифрован ключом штаба; открыть его может только штаб</translation>
    </message>
    <message>
        <source>not needed: encrypted to HQ&apos;s key</source>
        <translation>не нужен: шифруется ключом штаба</translation>
    </message>
    <message>
        <source>Encrypted to HQ&apos;s key: only HQ can open it.</source>
        <translation>Зашифровано ключом штаба: открыть может только штаб.</translation>
    </message>
    <message>
        <source>Encrypted with the password: send the password another way.</source>
        <translation>Зашифровано паролем: передайте пароль другим путём.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone with this file can read every name in it.</source>
        <translation>Не зашифровано: любой, у кого есть этот файл, прочтёт все имена в нём.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>fieldkit bundles (*.fkb)</source>
        <translation>Пакеты fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>Экспортировано записей: %1, в %2</translation>
    </message>
</context>
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
        <source>Before you start, tell fieldkit who you are. Your name and this laptop&apos;s name travel with the records you export, so HQ knows where they came from. You are recorded as a staff member: the visitor and facilitator of the forms you fill in.</source>
        <translation>Прежде чем начать, укажите, кто вы. Ваше имя и имя этого ноутбука передаются вместе с экспортируемыми записями, чтобы центральный офис знал, откуда они. Вы записаны как сотрудник: посетитель и ведущий в формах, которые вы заполняете.</translation>
    </message>
    <message>
        <source>Give your name and a name for this laptop.</source>
        <translation>Укажите ваше имя и имя этого ноутбука.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Save the form</source>
        <translation>Сохранить форму</translation>
    </message>
    <message>
        <source>Close the form (asks first if anything was typed)</source>
        <translation>Закрыть форму (если что-то введено, сначала спросит)</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Следующее поле</translation>
    </message>
    <message>
        <source>Open the calendar of a date box</source>
        <translation>Открыть календарь поля даты</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>Из поля поиска в список</translation>
    </message>
    <message>
        <source>Open the record of the current row</source>
        <translation>Открыть запись текущей строки</translation>
    </message>
    <message>
        <source>Last and first record of a list</source>
        <translation>Последняя и первая запись списка</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>About fieldkit</source>
        <translation>О программе fieldkit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Этот ноутбук</translation>
    </message>
    <message>
        <source>This laptop&apos;s key fingerprint</source>
        <translation>Отпечаток ключа этого ноутбука</translation>
    </message>
    <message>
        <source>A coordinator enrolling this laptop compares this fingerprint with the one their screen shows: read it to them by phone or in person.</source>
        <translation>Координатор, регистрирующий этот ноутбук, сверяет этот отпечаток с показанным на своём экране: прочитайте его по телефону или лично.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About fieldkit</source>
        <translation>&amp;О программе fieldkit</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
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
        <source>Saved by</source>
        <translation>Кто сохранил</translation>
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
        <source>shipped with fieldkit</source>
        <translation>поставляется с fieldkit</translation>
    </message>
    <message>
        <source>merged automatically</source>
        <translation>объединено автоматически</translation>
    </message>
    <message>
        <source>erased on request: the content is purged from every version</source>
        <translation>удалено по просьбе: содержимое стёрто из всех версий</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Rejected cells</source>
        <translation>Отклонённые ячейки</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking who sent the files…</source>
        <translation>Проверяем, кто прислал файлы…</translation>
    </message>
    <message>
        <source>Nothing can be imported: no file is left to import.</source>
        <translation>Ничего не может быть импортировано: не осталось файлов для импорта.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows</source>
        <translation>Чтение: %1, строк: %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Импорт невозможен</translation>
    </message>
    <message>
        <source>Wrong password? Type the bundle&apos;s password again:</source>
        <translation>Неверный пароль? Введите пароль пакета ещё раз:</translation>
    </message>
    <message>
        <source>This bundle is protected by a password. Password:</source>
        <translation>Этот пакет защищён паролем. Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Imported. Nothing was refused, but part of the files was not read: see the warnings.</source>
        <translation>Импортировано. Ничего не отклонено, но часть файлов не прочитана: см. предупреждения.</translation>
    </message>
    <message>
        <source>Erasure on request: %1 people erased by the sender. Importing purges everything about them here, and the notes of %2 records about them.</source>
        <translation>Удаление по просьбе: отправитель удалил людей: %1. Импорт сотрёт здесь всё о них и заметки %2 записей о них.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 cells were refused (below). Correct them in the workbook, or ask the sender for a new export, and import again.</source>
        <translation>Ничего не может быть импортировано: отклонено ячеек: %1 (см. ниже). Исправьте их в книге или попросите отправителя сделать новый экспорт и импортируйте снова.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply to import these records; the warnings say what would not be imported.</source>
        <translation>Пока ничего не изменено. Нажмите «Применить», чтобы импортировать эти записи; предупреждения говорят, что не будет импортировано.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply to import these records.</source>
        <translation>Пока ничего не изменено. Нажмите «Применить», чтобы импортировать эти записи.</translation>
    </message>
    <message>
        <source>signed by this laptop</source>
        <translation>подписан этим ноутбуком</translation>
    </message>
    <message>
        <source>signed by HQ (%1)</source>
        <translation>подписан штабом (%1)</translation>
    </message>
    <message>
        <source>signed by %1 (%2)</source>
        <translation>подписал: %1 (%2)</translation>
    </message>
    <message>
        <source>signed by %1, who is not enrolled here (%2)</source>
        <translation>подписал: %1, не зарегистрирован здесь (%2)</translation>
    </message>
    <message>
        <source>not signed (an older fieldkit), taken whole</source>
        <translation>без подписи (старая версия fieldkit), принят целиком</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>%1 merges</source>
        <translation>слияний: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>%1 corrected in a spreadsheet (saved as yours)</source>
        <translation>исправлено в таблице: %1 (сохранено от вашего имени)</translation>
    </message>
    <message>
        <source>Brings: %1</source>
        <translation>Изменения: %1</translation>
    </message>
    <message>
        <source>Not imported: %1 made by another device (%2); only that device, or HQ, may send them</source>
        <translation>Не импортировано: %1 изменений другого устройства (%2); их может прислать только само устройство или штаб</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Warnings: nothing refused, but read these (what was not imported)</source>
        <translation>Предупреждения: ничего не отклонено, но прочтите их (что не импортировано)</translation>
    </message>
</context>
<context>
    <name>JoinBox</name>
    <message>
        <source>Join HQ</source>
        <translation>Подключение к центральному офису</translation>
    </message>
    <message>
        <source>Joined HQ %1 (%2)</source>
        <translation>Подключён к центральному офису: %1 (%2)</translation>
    </message>
    <message>
        <source>Join bundle (*.fkb)</source>
        <translation>Пакет подключения (*.fkb)</translation>
    </message>
    <message>
        <source>This laptop has not joined HQ yet.</source>
        <translation>Этот ноутбук ещё не подключён к центральному офису.</translation>
    </message>
    <message>
        <source>Join HQ…</source>
        <translation>Подключиться к центральному офису…</translation>
    </message>
    <message>
        <source>Open the join bundle (.fkb) HQ gave you and compare HQ&apos;s fingerprint</source>
        <translation>Откройте пакет подключения (.fkb), который дал центральный офис, и сверьте его отпечаток</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>HQ was not joined: %1</source>
        <translation>Подключение к центральному офису не выполнено: %1</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join HQ</source>
        <translation>Подключение к центральному офису</translation>
    </message>
    <message>
        <source>%1 is signed by HQ %2 with the key fingerprint:</source>
        <translation>%1 подписан центральным офисом %2 ключом с отпечатком:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint HQ reads out to you, by phone or in person. Join only if every group is the same: from then on this laptop takes HQ&apos;s files from this key alone.</source>
        <translation>Сверьте его с отпечатком, который центральный офис зачитывает вам по телефону или лично. Подключайтесь, только если совпадает каждая группа: с этого момента ноутбук принимает файлы центрального офиса только с этим ключом.</translation>
    </message>
    <message>
        <source>The bundle carries HQ&apos;s recovery key (%1): joining seals this laptop&apos;s data to it, so that HQ can set a new passphrase if one is forgotten.</source>
        <translation>Пакет содержит ключ восстановления центрального офиса (%1): при подключении данные этого ноутбука запечатываются для него, чтобы центральный офис мог задать новую парольную фразу, если её забудут.</translation>
    </message>
    <message>
        <source>The bundle carries no recovery key from HQ: if a passphrase is forgotten on this laptop, its data cannot be recovered. Ask HQ for a join bundle made after HQ recorded its recovery key.</source>
        <translation>Пакет не содержит ключа восстановления центрального офиса: если на этом ноутбуке забудут парольную фразу, данные нельзя будет восстановить. Попросите у центрального офиса пакет подключения, сделанный после того, как офис записал свой ключ восстановления.</translation>
    </message>
    <message>
        <source>Type the fingerprint HQ reads out</source>
        <translation>Введите отпечаток, который зачитывает центральный офис</translation>
    </message>
    <message>
        <source>It is the same as the one HQ reads out, group by group</source>
        <translation>Он совпадает с зачитанным центральным офисом, группа за группой</translation>
    </message>
    <message>
        <source>Not the same fingerprint: do not join. Ask HQ to read it again; if it still differs, this bundle is not HQ&apos;s.</source>
        <translation>Отпечаток не совпадает: не подключайтесь. Попросите центральный офис зачитать его ещё раз; если он снова другой, этот пакет не от центрального офиса.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>This laptop&apos;s key</source>
        <translation>Ключ этого ноутбука</translation>
    </message>
    <message>
        <source>Read this fingerprint aloud to HQ (or to the laptop you send files to) when they enrol this laptop: they compare it with the one they are shown.</source>
        <translation>Прочитайте этот отпечаток вслух штабу (или ноутбуку, которому вы отправляете файлы), когда там регистрируют этот ноутбук: они сверяют его с тем, что видят у себя.</translation>
    </message>
    <message>
        <source>Senders enrolled on this laptop</source>
        <translation>Отправители, зарегистрированные на этом ноутбуке</translation>
    </message>
    <message>
        <source>Revoke this key…</source>
        <translation>Отозвать этот ключ…</translation>
    </message>
    <message>
        <source>Files are accepted only from the senders listed here, signed with their key. Revoke the key of a lost or stolen laptop: files it signs are refused from then on, and it cannot be enrolled again.</source>
        <translation>Файлы принимаются только от перечисленных здесь отправителей и только подписанные их ключом. Отзовите ключ потерянного или украденного ноутбука: подписанные им файлы с этого момента отклоняются, и его нельзя зарегистрировать снова.</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Отозван: %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <source>HQ&apos;s key</source>
        <translation>Ключ центрального офиса</translation>
    </message>
    <message>
        <source>Not joined: a laptop joins HQ on the Sync screen, with HQ&apos;s join bundle.</source>
        <translation>Не подключён: ноутбук подключается к центральному офису на экране синхронизации, с пакетом подключения центрального офиса.</translation>
    </message>
    <message>
        <source>%1 · key fingerprint %2 · joined %3</source>
        <translation>%1 · отпечаток ключа %2 · подключён %3</translation>
    </message>
    <message>
        <source>Keys revoked at HQ, refused here too: %1</source>
        <translation>Ключи, отозванные центральным офисом, отклоняются и здесь: %1</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Отозвать этот ключ</translation>
    </message>
    <message>
        <source>Revoke the key of %1 (device %2)?

Key fingerprint: %3

Every file signed by this key is refused from now on, and it cannot be enrolled again. Do this for a lost or stolen laptop.</source>
        <translation>Отозвать ключ %1 (устройство %2)?

Отпечаток ключа: %3

С этого момента каждый файл, подписанный этим ключом, будет отклонён, и его нельзя будет зарегистрировать снова. Делайте это для потерянного или украденного ноутбука.</translation>
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
        <source>&amp;Erase on request…</source>
        <translation>&amp;Удалить по просьбе…</translation>
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
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить: %1?</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Select the person to erase in the list of people first.</source>
        <translation>Сначала выберите в списке людей того, кого нужно удалить.</translation>
    </message>
    <message>
        <source>Erased on request: %1. Only the fact of the erasure is kept.</source>
        <translation>Удалено по просьбе: %1. Сохранён только факт удаления.</translation>
    </message>
    <message>
        <source>Version %1 restored: %2</source>
        <translation>Версия %1 восстановлена: %2</translation>
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
    <message>
        <source>Due</source>
        <translation>К выполнению</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Merge volunteers&apos; files</source>
        <translation>Объединить файлы волонтёров</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Password of the bundles, if they have one</source>
        <translation>Пароль пакетов, если есть</translation>
    </message>
    <message>
        <source>Check the files</source>
        <translation>Проверить файлы</translation>
    </message>
    <message>
        <source>Pick the workbooks and bundles to merge, or a folder of them.</source>
        <translation>Выберите книги и пакеты для объединения или папку с ними.</translation>
    </message>
    <message>
        <source>Merge and save the master…</source>
        <translation>Объединить и сохранить сводную книгу…</translation>
    </message>
    <message>
        <source>Open the master</source>
        <translation>Открыть сводную книгу</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Files to merge</source>
        <translation>Файлы для объединения</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Workbooks and bundles (*.xlsx *.fkb)</source>
        <translation>Книги и пакеты (*.xlsx *.fkb)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка: %1…</translation>
    </message>
    <message>
        <source>%1 of %2 files can be merged; files with problems are left out whole.</source>
        <translation>Можно объединить файлов: %1 из %2; файлы с ошибками не включаются целиком.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединён</translation>
    </message>
    <message>
        <source>Left out (refused cells: %1)</source>
        <translation>Не включён (отклонено ячеек: %1)</translation>
    </message>
    <message>
        <source>Save the master workbook</source>
        <translation>Сохранить сводную книгу</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Merged. The master workbook is %1</source>
        <translation>Объединено. Сводная книга: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Отменено: ничего не объединено.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Possibly one family</source>
        <translation>Возможно, одна семья</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Merge: keep the first</source>
        <translation>Объединить: оставить первого</translation>
    </message>
    <message>
        <source>Merge: keep the second</source>
        <translation>Объединить: оставить второго</translation>
    </message>
</context>
<context>
    <name>PartnerExportBox</name>
    <message>
        <source>Export for a partner</source>
        <translation>Экспорт для партнёра</translation>
    </message>
    <message>
        <source>Only people whose consent covers partners. No names, phones, notes, record ids or laptop names; at least k people share every combination of district, village, birth year, sex and dates.</source>
        <translation>Только люди, чьё согласие распространяется на партнёров. Без имён, телефонов, заметок, идентификаторов записей и названий ноутбуков; каждое сочетание района, села, года рождения, пола и дат есть не менее чем у k человек.</translation>
    </message>
    <message>
        <source>the organisation it is for</source>
        <translation>организация-получатель</translation>
    </message>
    <message>
        <source>Export for a partner…</source>
        <translation>Экспорт для партнёра…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>At least k people alike</source>
        <translation>Не менее k похожих людей</translation>
    </message>
    <message>
        <source>Name the recipient: the pseudonyms are made for them alone.</source>
        <translation>Укажите получателя: псевдонимы создаются только для него.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported %1 records for %2, pseudonymised (k = %3), to %4</source>
        <translation>Записей экспортировано: %1, для %2, псевдонимизировано (k = %3), в %4</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Найти каталог</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
    <message>
        <source>New staff member…</source>
        <translation>Новый сотрудник…</translation>
    </message>
    <message>
        <source>New village…</source>
        <translation>Новое село…</translation>
    </message>
    <message>
        <source>No staff member is listed on this laptop yet. Add one with “New staff member…”, or import HQ&apos;s file on the Sync screen.</source>
        <translation>На этом ноутбуке ещё нет ни одного сотрудника. Добавьте его кнопкой «Новый сотрудник…» или импортируйте файл центрального офиса на экране «Синхронизация».</translation>
    </message>
    <message>
        <source>No village is listed here yet. Add one with “New village…”, or import HQ&apos;s file on the Sync screen.</source>
        <translation>Здесь ещё нет ни одного села. Добавьте его кнопкой «Новое село…» или импортируйте файл центрального офиса на экране «Синхронизация».</translation>
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
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>Save as workbook…</source>
        <translation>Сохранить как книгу…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Attendance by month</source>
        <translation>Участники по месяцам</translation>
    </message>
    <message>
        <source>Assistance delivered by type, value in AZN</source>
        <translation>Оказанная помощь по видам, стоимость в AZN</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>За этот период ничего нет</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Визиты на дом</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Просроченные повторные визиты</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охваченные люди</translation>
    </message>
    <message>
        <source>Follow-ups overdue on %1</source>
        <translation>Просроченные повторные визиты на %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>New follow-up date for %1:</source>
        <translation>Новая дата повторного визита для %1:</translation>
    </message>
</context>
<context>
    <name>SenderQuestion</name>
    <message>
        <source>New sender</source>
        <translation>Новый отправитель</translation>
    </message>
    <message>
        <source>%1 sent %2 and is not enrolled on this laptop.</source>
        <translation>%1 прислал(а) %2 и не зарегистрирован(а) на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Устройство: %1</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the sender&apos;s laptop (Help → About), by phone or in person. Enrol only if every group is the same; otherwise Skip, and the files of this sender are not imported.</source>
        <translation>Сверьте этот отпечаток с ноутбуком отправителя (Справка → О программе) по телефону или лично. Регистрируйте, только если совпадают все группы; иначе выберите «Пропустить», и файлы этого отправителя не будут импортированы.</translation>
    </message>
    <message>
        <source>Enrol %1</source>
        <translation>Зарегистрировать %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
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
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Блокировать после простоя</translation>
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
        <source>Join HQ…</source>
        <translation>Подключиться к центральному офису…</translation>
    </message>
    <message>
        <source>A new laptop joins HQ first, with HQ&apos;s join bundle</source>
        <translation>Новый ноутбук сначала подключается к центральному офису с его пакетом подключения</translation>
    </message>
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
    <name>SyncPage</name>
    <message>
        <source>Import from a volunteer or HQ</source>
        <translation>Импорт от волонтёра или центрального офиса</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импортировать…</translation>
    </message>
    <message>
        <source>Workbooks (.xlsx) and bundles (.fkb). You see what would change before anything is imported.</source>
        <translation>Книги (.xlsx) и пакеты (.fkb). Вы увидите, что изменится, до того как что-либо будет импортировано.</translation>
    </message>
    <message>
        <source>Merge volunteers&apos; files…</source>
        <translation>Объединить файлы волонтёров…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <source>Past exports and imports</source>
        <translation>Прошлые экспорты и импорты</translation>
    </message>
    <message>
        <source>Senders enrolled on this laptop</source>
        <translation>Отправители, зарегистрированные на этом ноутбуке</translation>
    </message>
    <message>
        <source>This laptop&apos;s key fingerprint: %1</source>
        <translation>Отпечаток ключа этого ноутбука: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Join bundle</source>
        <translation>Пакет подключения</translation>
    </message>
    <message>
        <source>Merge master</source>
        <translation>Сводная книга</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>записей: %1</translation>
    </message>
    <message>
        <source>Workbooks and bundles (*.xlsx *.fkb)</source>
        <translation>Книги и пакеты (*.xlsx *.fkb)</translation>
    </message>
    <message>
        <source>Put the data back exactly as they were before the import of %1 (%2)? Everything that import brought is taken out again.</source>
        <translation>Вернуть данные точно в состояние до импорта %1 (%2)? Всё, что принёс этот импорт, будет снова удалено.</translation>
    </message>
    <message>
        <source>Undone: the data are as they were before that import.</source>
        <translation>Отменено: данные такие же, как до этого импорта.</translation>
    </message>
    <message>
        <source>Cannot undo this import</source>
        <translation>Невозможно отменить этот импорт</translation>
    </message>
    <message>
        <source>Export for a partner</source>
        <translation>Экспорт для партнёра</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your account</source>
        <translation>Создайте учётную запись</translation>
    </message>
    <message>
        <source>Unlock fieldkit</source>
        <translation>Разблокировать fieldkit</translation>
    </message>
    <message>
        <source>The data on this laptop are encrypted. Choose your name and a passphrase of at least 8 characters: you will type it each time fieldkit starts, and after it locks itself. Each person who shares this laptop has an account of their own; HQ can set a new passphrase if you forget yours.</source>
        <translation>Данные на этом ноутбуке зашифрованы. Выберите имя и парольную фразу не короче 8 символов: вы будете вводить её при каждом запуске fieldkit и после автоматической блокировки. У каждого, кто пользуется этим ноутбуком, своя учётная запись; если вы забудете фразу, штаб может задать новую.</translation>
    </message>
    <message>
        <source>fieldkit locked itself after a while without use. Type your passphrase.</source>
        <translation>fieldkit заблокировался после простоя. Введите парольную фразу.</translation>
    </message>
    <message>
        <source>The data on this laptop are encrypted. Choose your account and type its passphrase.</source>
        <translation>Данные на этом ноутбуке зашифрованы. Выберите учётную запись и введите её парольную фразу.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this account.</source>
        <translation>Неверная парольная фраза для этой учётной записи.</translation>
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
        <source>Informed consent to record these data; the next field says what it covers.</source>
        <translation>Информированное согласие на запись этих данных; на что оно распространяется, говорит следующее поле.</translation>
    </message>
    <message>
        <source>Consent covers</source>
        <translation>Согласие распространяется на</translation>
    </message>
    <message>
        <source>What the person agreed to; read only when consent is given.</source>
        <translation>На что согласился человек; учитывается, только если согласие дано.</translation>
    </message>
    <message>
        <source>Recording here only</source>
        <translation>Только запись здесь</translation>
    </message>
    <message>
        <source>Recording and sharing with HQ</source>
        <translation>Запись и передача в центральный офис</translation>
    </message>
    <message>
        <source>Sharing with HQ and, without names, with partners</source>
        <translation>Передача в центральный офис и, без имён, партнёрам</translation>
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
        <translation>Средства к существованию</translation>
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
        <source>Merged duplicate</source>
        <translation>Объединённый дубликат</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Объединённые дубликаты</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Объединённая запись</translation>
    </message>
    <message>
        <source>Surviving record</source>
        <translation>Сохранённая запись</translation>
    </message>
    <message>
        <source>Why they are the same</source>
        <translation>Почему это один и тот же человек</translation>
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
        <source>A person cannot be merged into themselves.</source>
        <translation>Нельзя объединить человека с самим собой.</translation>
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
    <name>reports</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Mine-risk awareness sessions and attendance</source>
        <translation>Занятия по минной опасности и участники</translation>
    </message>
    <message>
        <source>Headcounts from attendance sheets: a person attending two sessions counts twice.</source>
        <translation>Подсчёт по листам присутствия: человек, посетивший два занятия, считается дважды.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Код района</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Total participants</source>
        <translation>Всего участников</translation>
    </message>
    <message>
        <source>Sessions with hazards reported</source>
        <translation>Занятия с сообщениями об опасности</translation>
    </message>
    <message>
        <source>Home visits by purpose</source>
        <translation>Визиты на дом по целям</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>Посещённые семьи</translation>
    </message>
    <message>
        <source>A follow-up counts as done once the family has a later visit.</source>
        <translation>Повторный визит считается выполненным, если у семьи есть более поздний визит.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Visit id</source>
        <translation>Идентификатор визита</translation>
    </message>
    <message>
        <source>Livelihood assistance delivered, by type</source>
        <translation>Оказанная помощь в обеспечении средств к существованию, по видам</translation>
    </message>
    <message>
        <source>Delivered and followed-up assistance only; planned assistance is not counted.</source>
        <translation>Только оказанная и проверенная помощь; запланированная не учитывается.</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>Код вида</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Выдачи</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охвачено людей</translation>
    </message>
    <message>
        <source>Value (AZN)</source>
        <translation>Стоимость (AZN)</translation>
    </message>
    <message>
        <source>Deliveries in other currencies (not in value)</source>
        <translation>Выдачи в других валютах (не в стоимости)</translation>
    </message>
    <message>
        <source>People reached without double counting (visits and assistance)</source>
        <translation>Охваченные люди без двойного счёта (визиты и помощь)</translation>
    </message>
    <message>
        <source>A family visited three times and given assistance twice counts once.</source>
        <translation>Семья, посещённая трижды и получившая помощь дважды, считается один раз.</translation>
    </message>
    <message>
        <source>People / households reached</source>
        <translation>Охвачено людей / семей</translation>
    </message>
    <message>
        <source>With disability</source>
        <translation>С инвалидностью</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Членов семьи</translation>
    </message>
</context>
<context>
    <name>self.status</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>sender</name>
    <message>
        <source>Unnamed laptop %1</source>
        <translation>Безымянный ноутбук %1</translation>
    </message>
</context>
</TS>
