<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="39"/>
        <source>About desktop-crm</source>
        <translation>О программе desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="45"/>
        <source>A client base for sales managers and the admins who keep it in shape.</source>
        <translation>Клиентская база для менеджеров по продажам и администраторов, которые поддерживают её в порядке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="50"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="51"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="52"/>
        <source>Settings file:</source>
        <translation>Файл настроек:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="53"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="54"/>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="55"/>
        <source>Built with:</source>
        <translation>Сделано на:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="65"/>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="81"/>
        <source>Proprietary: for use inside the company only</source>
        <translation>Проприетарная: только для использования внутри компании</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="55"/>
        <source>Mail account</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="60"/>
        <source>usual</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="65"/>
        <source>None (plain text)</source>
        <translation>Нет (открытый текст)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="72"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="73"/>
        <source>IMAP server:</source>
        <translation>Сервер IMAP:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="74"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="75"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="76"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="77"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="85"/>
        <source>The password is kept in the system&apos;s keyring, not in a file.</source>
        <translation>Пароль хранится в системном хранилище паролей, а не в файле.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="123"/>
        <source>Fetch mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="126"/>
        <source>Add account…</source>
        <translation>Добавить ящик…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="128"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="132"/>
        <source>Fetch</source>
        <translation>Получить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="135"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="144"/>
        <source>Mail accounts of this computer:</source>
        <translation>Почтовые ящики этого компьютера:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="152"/>
        <source>{0}: {1} at {2}</source>
        <translation>{0}: {1} на {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="172"/>
        <source>Remove the mail account {0}? Its password and fetch positions are forgotten; the emails fetched from it stay.</source>
        <translation>Удалить почтовую учётную запись {0}? Её пароль и позиции получения будут забыты; полученные из неё письма останутся.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="175"/>
        <source>Remove mail account</source>
        <translation>Удаление почтовой учётной записи</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="145"/>
        <source>desktop-crm cannot start</source>
        <translation>desktop-crm не может запуститься</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="183"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="109"/>
        <source>Assign responsible manager</source>
        <translation>Назначить ответственного менеджера</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="114"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="115"/>
        <source>Responsible manager for %Ln selected client(s):</source>
        <translation>
            <numerusform>Ответственный менеджер для %Ln выделенного клиента:</numerusform>
            <numerusform>Ответственный менеджер для %Ln выделенных клиентов:</numerusform>
            <numerusform>Ответственный менеджер для %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="122"/>
        <source>%Ln client(s) assigned to {0}</source>
        <translation>
            <numerusform>Ответственный {0} назначен %Ln клиенту</numerusform>
            <numerusform>Ответственный {0} назначен %Ln клиентам</numerusform>
            <numerusform>Ответственный {0} назначен %Ln клиентам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="123"/>
        <source>Assigning…</source>
        <translation>Назначение…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="143"/>
        <source>There are no tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="150"/>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="153"/>
        <source>Tag to add to %Ln selected client(s):</source>
        <translation>
            <numerusform>Тег для %Ln выделенного клиента:</numerusform>
            <numerusform>Тег для %Ln выделенных клиентов:</numerusform>
            <numerusform>Тег для %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="159"/>
        <source>Tag “{0}” added to %Ln client(s)</source>
        <translation>
            <numerusform>Тег «{0}» добавлен %Ln клиенту</numerusform>
            <numerusform>Тег «{0}» добавлен %Ln клиентам</numerusform>
            <numerusform>Тег «{0}» добавлен %Ln клиентам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="160"/>
        <source>Adding the tag…</source>
        <translation>Добавление тега…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="165"/>
        <source>Remove tag</source>
        <translation>Снять тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="168"/>
        <source>Tag to remove from %Ln selected client(s):</source>
        <translation>
            <numerusform>Какой тег снять с %Ln выделенного клиента:</numerusform>
            <numerusform>Какой тег снять с %Ln выделенных клиентов:</numerusform>
            <numerusform>Какой тег снять с %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="174"/>
        <source>Tag “{0}” removed from %Ln client(s)</source>
        <translation>
            <numerusform>Тег «{0}» снят с %Ln клиента</numerusform>
            <numerusform>Тег «{0}» снят с %Ln клиентов</numerusform>
            <numerusform>Тег «{0}» снят с %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="175"/>
        <source>Removing the tag…</source>
        <translation>Снятие тега…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="182"/>
        <source>Delete clients</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="186"/>
        <source>Delete %Ln client(s) for good, with their contacts, notes, files, deals and history?

This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %Ln клиента навсегда вместе с контактами, заметками, файлами, сделками и историей?

Восстановить их будет невозможно.</numerusform>
            <numerusform>Удалить %Ln клиента навсегда вместе с контактами, заметками, файлами, сделками и историей?

Восстановить их будет невозможно.</numerusform>
            <numerusform>Удалить %Ln клиентов навсегда вместе с контактами, заметками, файлами, сделками и историей?

Восстановить их будет невозможно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="194"/>
        <source>Delete %Ln client(s)</source>
        <translation>
            <numerusform>Удалить %Ln клиента</numerusform>
            <numerusform>Удалить %Ln клиента</numerusform>
            <numerusform>Удалить %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="204"/>
        <source>%Ln client(s) deleted</source>
        <translation>
            <numerusform>Удалён %Ln клиент</numerusform>
            <numerusform>Удалено %Ln клиента</numerusform>
            <numerusform>Удалено %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="205"/>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="212"/>
        <source>Merge clients</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="129"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
</context>
<context>
    <name>CallLogImport</name>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="41"/>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="65"/>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="105"/>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="118"/>
        <source>Import call log</source>
        <translation>Импорт журнала звонков</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="43"/>
        <source>Call logs (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Журналы звонков (*.csv *.txt *.xlsx *.xls *.ods);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="63"/>
        <source>Call log import cancelled</source>
        <translation>Импорт журнала звонков отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="65"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="74"/>
        <source>Calls read: {0}. Imported: {1}, already there: {2}, between extensions: {3}, failed: {4}. Linked to cards: {5}.</source>
        <translation>Прочитано звонков: {0}. Импортировано: {1}, уже были в базе: {2}, между внутренними номерами: {3}, с ошибкой: {4}. Привязано к карточкам: {5}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="80"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="83"/>
        <source>Call log imported</source>
        <translation>Журнал звонков импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="99"/>
        <source>{0} is not a call log this program recognizes by its columns.</source>
        <translation>{0} — не журнал звонков, который программа узнаёт по столбцам.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="102"/>
        <source>A mapping file (.json)…</source>
        <translation>Файл сопоставления (.json)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="106"/>
        <source>Read its columns as:</source>
        <translation>Читать его столбцы как:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="117"/>
        <source>Choose a mapping file that says which is which?</source>
        <translation>Выбрать файл сопоставления, где сказано, какой столбец что значит?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="122"/>
        <source>Mapping file</source>
        <translation>Файл сопоставления</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="122"/>
        <source>Mapping (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
</context>
<context>
    <name>CardFieldsForm</name>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="78"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="79"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="81"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="82"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="92"/>
        <source>Detach</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="93"/>
        <source>Detach this client from the company</source>
        <translation>Открепить клиента от компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="97"/>
        <source>Attach to company: type its name…</source>
        <translation>Прикрепить к компании: начните вводить название…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="129"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="130"/>
        <source>Full name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="133"/>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="134"/>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="135"/>
        <source>Middle name:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="136"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="137"/>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="141"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="142"/>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="143"/>
        <source>Emails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="144"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="145"/>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="147"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="148"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="149"/>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="150"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="151"/>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="152"/>
        <source>Additional fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="185"/>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="189"/>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="192"/>
        <source> (disabled)</source>
        <translation> (отключён)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="245"/>
        <source>#{0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="252"/>
        <source>not attached</source>
        <translation>не привязан</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="295"/>
        <source>The last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="296"/>
        <source>The first name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="297"/>
        <source>The middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="298"/>
        <source>The position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="299"/>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="300"/>
        <source>The website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="304"/>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="323"/>
        <source>{0} may be at most {1} characters long.</source>
        <translation>{0} — не более {1} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="310"/>
        <source>Birth date: {0}</source>
        <translation>Дата рождения: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="319"/>
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation>У клиента должно быть наименование: заполните его или фамилию и имя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="324"/>
        <source>The full name</source>
        <translation>ФИО</translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="134"/>
        <source>Change the client of a deal</source>
        <translation>Смена клиента в сделке</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="139"/>
        <source>The deal “{0}” is now with {1}. Find the client it belongs to:</source>
        <translation>Сделка «{0}» сейчас у клиента {1}. Найдите клиента, к которому она относится:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="151"/>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="174"/>
        <source>No client chosen yet.</source>
        <translation>Клиент пока не выбран.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="156"/>
        <source>Move the deal</source>
        <translation>Перенести сделку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="168"/>
        <source>New client: {0}</source>
        <translation>Новый клиент: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="39"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="41"/>
        <source>Show the card as it is stored now</source>
        <translation>Показать карточку в том виде, в каком она сейчас сохранена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="46"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="59"/>
        <source>Deleted by {0} at {1}.</source>
        <translation>Удалено пользователем {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="59"/>
        <source>Deleted at {1}.</source>
        <translation>Удалено {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="62"/>
        <source>Changed by {0} at {1}.</source>
        <translation>Изменено пользователем {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="62"/>
        <source>Changed at {1}.</source>
        <translation>Изменено {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="64"/>
        <source>Your unsaved edits are kept; Reload shows the stored version.</source>
        <translation>Ваши несохранённые правки остались на месте; «Обновить» покажет сохранённую версию.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="66"/>
        <source>The card shows the stored version.</source>
        <translation>Карточка показывает сохранённую версию.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/choose_pages.py" line="43"/>
        <source>Which check</source>
        <translation>Какая проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/choose_pages.py" line="44"/>
        <source>Each check looks over the whole base; what it finds becomes tasks for your team.</source>
        <translation>Каждая проверка просматривает всю базу; найденное становится задачами для вашей команды.</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="122"/>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="123"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="124"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="125"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="172"/>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="359"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="174"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>Сохранить карточку (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="177"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="178"/>
        <source>Show the card as it is stored now</source>
        <translation>Показать карточку в том виде, в каком она сейчас сохранена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="180"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="200"/>
        <source>Discard your unsaved changes and show the stored card?</source>
        <translation>Отменить несохранённые изменения и показать сохранённую карточку?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="201"/>
        <source>Reload the card</source>
        <translation>Обновление карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="218"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="233"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="233"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="234"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="234"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="236"/>
        <source>changed {0}</source>
        <translation>изменено {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="238"/>
        <source> by {0}</source>
        <translation> пользователем {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="310"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="318"/>
        <source>Someone changed this card</source>
        <translation>Карточку изменил другой пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="321"/>
        <source>Reload their version</source>
        <translation>Показать их версию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="322"/>
        <source>Save mine over theirs</source>
        <translation>Сохранить мою поверх</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="323"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="328"/>
        <source>Reloaded: the card shows the stored version.</source>
        <translation>Обновлено: показана сохранённая версия карточки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="356"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="357"/>
        <source>The card of {0} has changes that are not saved.</source>
        <translation>В карточке «{0}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="360"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="361"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="382"/>
        <source>Delete {0} for good, with notes, files, deals and history? This cannot be undone.</source>
        <translation>Удалить «{0}» навсегда вместе с заметками, файлами, сделками и историей? Восстановить клиента будет невозможно.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="384"/>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="390"/>
        <source>The client was not deleted</source>
        <translation>Клиент не удалён</translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="70"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="71"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="72"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="85"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="73"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="74"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="75"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="76"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="77"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="80"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="81"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="84"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="77"/>
        <source>Search by name, phone, email or company  (Ctrl+F)</source>
        <translation>Поиск по наименованию, телефону, почте или компании  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/columns.py" line="137"/>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="84"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="86"/>
        <source>Choose the columns of the list</source>
        <translation>Выбрать колонки списка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="90"/>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="134"/>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="135"/>
        <source>Bring your client base in from a spreadsheet or a CSV file, or load demo clients to try the program out.</source>
        <translation>Импортируйте клиентскую базу из таблицы Excel или CSV-файла или загрузите демо-клиентов, чтобы попробовать программу.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="143"/>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="148"/>
        <source>Load demo data…</source>
        <translation>Загрузить демо-данные…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="160"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="164"/>
        <source>Clear search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="257"/>
        <source>%n per page</source>
        <translation>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="258"/>
        <source>Continuous scrolling</source>
        <translation>Непрерывная прокрутка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="185"/>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="188"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="193"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="196"/>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="250"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="278"/>
        <source>Assign responsible…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="284"/>
        <source>Add tag…</source>
        <translation>Добавить тег…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="290"/>
        <source>Remove tag…</source>
        <translation>Снять тег…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="296"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="260"/>
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="266"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="303"/>
        <source>Merge selected…</source>
        <translation>Объединить выбранных…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="323"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Добавить клиента (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="216"/>
        <source>Found: %Ln or more clients, counting…</source>
        <translation>
            <numerusform>Найдено: не менее %Ln клиента, идёт подсчёт…</numerusform>
            <numerusform>Найдено: не менее %Ln клиентов, идёт подсчёт…</numerusform>
            <numerusform>Найдено: не менее %Ln клиентов, идёт подсчёт…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="220"/>
        <source>Found: %Ln client(s)</source>
        <translation>
            <numerusform>Найден %Ln клиент</numerusform>
            <numerusform>Найдено %Ln клиента</numerusform>
            <numerusform>Найдено %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="222"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="229"/>
        <source>No client matches “{0}”{1}. Check the spelling, or search by a part of the name, phone or email.</source>
        <translation>По запросу «{0}»{1} клиентов нет. Проверьте написание или ищите по части наименования, телефона или почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="233"/>
        <source> with these filters</source>
        <translation> с этими фильтрами</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="237"/>
        <source>No client matches these filters.</source>
        <translation>Нет клиентов, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="238"/>
        <source>Found: 0 clients</source>
        <translation>Найдено 0 клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="241"/>
        <source>No clients</source>
        <translation>Нет клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="243"/>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="250"/>
        <source>The list could not be read: {0}</source>
        <translation>Не удалось прочитать список: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="295"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="297"/>
        <source>Page {0} of {1} or more</source>
        <translation>Страница {0} из {1} или больше</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="335"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>Выделен %Ln</numerusform>
            <numerusform>Выделено %Ln</numerusform>
            <numerusform>Выделено %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSearchEdit</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/client_search.py" line="50"/>
        <source>Type a company name…</source>
        <translation>Введите название компании…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/client_search.py" line="52"/>
        <source>Type a name, phone or email…</source>
        <translation>Введите наименование, телефон или почту…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/client_search.py" line="91"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="62"/>
        <source>Contact info to check</source>
        <translation>Какую контактную информацию проверить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="88"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="89"/>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="90"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="91"/>
        <source>&amp;Website</source>
        <translation>Са&amp;йт</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="126"/>
        <source>+ Add phone</source>
        <translation>+ Добавить телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="126"/>
        <source>+ Add email</source>
        <translation>+ Добавить почту</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="45"/>
        <source>Primary: used for calls and SMS</source>
        <translation>Основной: для звонков и SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="47"/>
        <source>Primary: used for emails and mailings</source>
        <translation>Основной: для писем и рассылок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="51"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="54"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="60"/>
        <source>Remove this phone</source>
        <translation>Удалить этот телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="60"/>
        <source>Remove this email</source>
        <translation>Удалить этот адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="82"/>
        <source>“{0}” is not a phone number.</source>
        <translation>«{0}» — это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="84"/>
        <source>“{0}” is not an email address.</source>
        <translation>«{0}» — это не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>ControlResults</name>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="33"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="45"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="34"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="46"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="35"/>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="36"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="51"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="56"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="39"/>
        <source>Call or email</source>
        <translation>Звонок или письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="40"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="41"/>
        <source>Number or address</source>
        <translation>Номер или адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="42"/>
        <source>Noted by</source>
        <translation>Кто зарегистрировал</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="47"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="48"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="49"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="50"/>
        <source>Split</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="54"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="55"/>
        <source>They share</source>
        <translation>Что общего</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="57"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="59"/>
        <source>sure</source>
        <translation>уверенно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="60"/>
        <source>doubtful</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/merge_buttons.py" line="25"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
</context>
<context>
    <name>ControlWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/control/wizard.py" line="43"/>
        <source>Control wizard</source>
        <translation>Мастер контроля</translation>
    </message>
</context>
<context>
    <name>ControlWords</name>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="19"/>
        <source>Contact info completeness</source>
        <translation>Контроль заполнения контактной информации</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="20"/>
        <source>Properties completeness</source>
        <translation>Контроль заполнения свойств</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="21"/>
        <source>Registration of calls and emails</source>
        <translation>Контроль регистрации звонков и писем</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="22"/>
        <source>Full-name control</source>
        <translation>Контроль заполнения Ф.И.О.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="23"/>
        <source>Duplicates in the base</source>
        <translation>Дубли в базе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="26"/>
        <source>Clients and contact persons without a phone, an email, an address or a website.</source>
        <translation>Клиенты и контактные лица без телефона, эл. почты, адреса или сайта.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="30"/>
        <source>Clients whose chosen card fields or custom fields are empty.</source>
        <translation>Клиенты, у которых не заполнены выбранные поля карточки или дополнительные поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="33"/>
        <source>Calls and emails with no client or contact person; each goes back to who noted it.</source>
        <translation>Звонки и письма без клиента и контактного лица; каждый возвращается тому, кто его зарегистрировал.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="37"/>
        <source>Clients and contact persons whose last, first and middle names are empty: the sure splits are applied in one step, the doubtful ones become tasks.</source>
        <translation>Клиенты и контактные лица с незаполненными фамилией, именем и отчеством: уверенные разборы применяются за один шаг, сомнительные становятся задачами.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="42"/>
        <source>Cards that share a phone, an email or a full name: merge them here, or give the groups out as tasks.</source>
        <translation>Карточки с общим телефоном, эл. почтой или полным именем: объедините их здесь или раздайте группы как задачи.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="49"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="50"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="51"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="52"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="55"/>
        <source>client or contact person</source>
        <translation>клиент или контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="56"/>
        <source>last, first and middle name</source>
        <translation>фамилия, имя и отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="57"/>
        <source>merge with its duplicates</source>
        <translation>объединить с дублями</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="60"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="61"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="62"/>
        <source>Incoming email</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="63"/>
        <source>Outgoing email</source>
        <translation>Исходящее письмо</translation>
    </message>
</context>
<context>
    <name>CreatedPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="37"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="37"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="37"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="45"/>
        <source>Open &amp;My tasks</source>
        <translation>Открыть &amp;Мои задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="60"/>
        <source>Tasks created</source>
        <translation>Задачи созданы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="61"/>
        <source>Each executor finds the task in My tasks.</source>
        <translation>Каждый исполнитель найдёт задачу в «Моих задачах».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/created_page.py" line="73"/>
        <source>%n task(s) created</source>
        <translation>
            <numerusform>Создана %n задача</numerusform>
            <numerusform>Создано %n задачи</numerusform>
            <numerusform>Создано %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/created_page.py" line="74"/>
        <source> with %n record(s) to fix.</source>
        <translation>
            <numerusform> с %n записью для исправления.</numerusform>
            <numerusform> с %n записями для исправления.</numerusform>
            <numerusform> с %n записями для исправления.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/common.py" line="153"/>
        <source>Add a custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/common.py" line="161"/>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/common.py" line="162"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/card/custom_fields.py" line="49"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/custom_fields.py" line="50"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/custom_fields.py" line="59"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/date_edit.py" line="45"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/date_edit.py" line="55"/>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="35"/>
        <source>New deal with {0}</source>
        <translation>Новая сделка: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="39"/>
        <source>What the client is interested in</source>
        <translation>Чем интересуется клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="42"/>
        <source>e.g. 150 000</source>
        <translation>например, 150 000</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="46"/>
        <source>e.g. Call back with a price</source>
        <translation>например, перезвонить с ценой</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="54"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="55"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="56"/>
        <source>Expected revenue:</source>
        <translation>Ожидаемая выручка:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="57"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="58"/>
        <source>Planned activity:</source>
        <translation>Запланированная активность:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="59"/>
        <source>Activity date:</source>
        <translation>Дата активности:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="64"/>
        <source>Create deal</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="85"/>
        <source>Expected revenue: {0}</source>
        <translation>Ожидаемая выручка: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="92"/>
        <source>A deal needs a topic.</source>
        <translation>У сделки должна быть тема.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="95"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="95"/>
        <source>Activity date</source>
        <translation>Дата активности</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="48"/>
        <source>Create deal…</source>
        <translation>Создать сделку…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="50"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="51"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="52"/>
        <source>Change client…</source>
        <translation>Сменить клиента…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="59"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="61"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="62"/>
        <source>Expected revenue</source>
        <translation>Ожидаемая выручка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="63"/>
        <source>Planned activity</source>
        <translation>Запланированная активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="64"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="78"/>
        <source>No deals yet: create one with “Create deal…”.</source>
        <translation>Сделок пока нет: создайте сделку кнопкой «Создать сделку…».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="152"/>
        <source>The deal is finished; only an open deal can be changed.</source>
        <translation>Сделка завершена; изменить можно только открытую сделку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="170"/>
        <source>The deal was not created</source>
        <translation>Сделка не создана</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="190"/>
        <source>The deal was not closed</source>
        <translation>Сделка не закрыта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="221"/>
        <source>The deal was not moved</source>
        <translation>Сделка не перенесена</translation>
    </message>
</context>
<context>
    <name>DisciplineReport</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="23"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="24"/>
        <source>Given</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="25"/>
        <source>Done on time</source>
        <translation>Выполнено в срок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="26"/>
        <source>Done late</source>
        <translation>Выполнено с опозданием</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="27"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="28"/>
        <source>Open, not yet due</source>
        <translation>Открыто, срок не наступил</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="29"/>
        <source>On time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="36"/>
        <source>(nobody)</source>
        <translation>(никому)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="37"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>DisciplineWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="55"/>
        <source>Execution discipline</source>
        <translation>Исполнительская дисциплина</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="60"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="61"/>
        <source>&amp;Export to xlsx…</source>
        <translation>&amp;Экспорт в xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="83"/>
        <source>Tasks given &amp;from</source>
        <translation>Задачи, выданные &amp;с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="84"/>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="107"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="125"/>
        <source>No tasks were given in this period.</source>
        <translation>За этот период задач не выдавалось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/window.py" line="127"/>
        <source>%n task(s) given in this period.</source>
        <translation>
            <numerusform>%n задача выдана за этот период.</numerusform>
            <numerusform>%n задачи выдано за этот период.</numerusform>
            <numerusform>%n задач выдано за этот период.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="143"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="145"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="150"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="157"/>
        <source>Saved to {0}.</source>
        <translation>Сохранено в {0}.</translation>
    </message>
</context>
<context>
    <name>DistributionForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="45"/>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="160"/>
        <source>To the &amp;responsible managers</source>
        <translation>&amp;Ответственным менеджерам</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="47"/>
        <source>&amp;Evenly across the users picked</source>
        <translation>&amp;Поровну между выбранными пользователями</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="63"/>
        <source>(pick users by hand)</source>
        <translation>(выбрать пользователей вручную)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="78"/>
        <source>none; type a name to add one</source>
        <translation>нет; введите название, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="103"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="103"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="112"/>
        <source>Executors</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="119"/>
        <source>Fill from a user &amp;group:</source>
        <translation>Заполнить по &amp;группе пользователей:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="124"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="126"/>
        <source>&amp;Due date:</source>
        <translation>Срок &amp;исполнения:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="127"/>
        <source>Con&amp;trol date:</source>
        <translation>Дата &amp;контроля:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="128"/>
        <source>&amp;Project:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="129"/>
        <source>Pre&amp;view: records per executor</source>
        <translation>Предпрос&amp;мотр: записей на исполнителя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="158"/>
        <source>To who &amp;noted each call or email</source>
        <translation>&amp;Тому, кто зарегистрировал звонок или письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="167"/>
        <source>&amp;Users to share the work:</source>
        <translation>По&amp;льзователи, между которыми разделить работу:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="170"/>
        <source>&amp;Users for the records with no one (none picked: you):</source>
        <translation>По&amp;льзователи для записей без ответственного (никто не выбран — вы):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="230"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="233"/>
        <source>%n task(s), </source>
        <translation>
            <numerusform>%n задача, </numerusform>
            <numerusform>%n задачи, </numerusform>
            <numerusform>%n задач, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="234"/>
        <source>%n record(s) in all.</source>
        <translation>
            <numerusform>всего %n запись.</numerusform>
            <numerusform>всего %n записи.</numerusform>
            <numerusform>всего %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="52"/>
        <source>&amp;Create tasks</source>
        <translation>&amp;Создать задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="56"/>
        <source>Who gets the tasks</source>
        <translation>Кому достанутся задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="57"/>
        <source>One task per executor, with one row per record found.</source>
        <translation>Одна задача на исполнителя, по строке на каждую найденную запись.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="136"/>
        <source>Creating tasks</source>
        <translation>Создание задач</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="136"/>
        <source>Writing the tasks…</source>
        <translation>Запись задач…</translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="50"/>
        <source>same phone {0}</source>
        <translation>тот же телефон {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="51"/>
        <source>same email {0}</source>
        <translation>та же почта {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="52"/>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="61"/>
        <source>Open this client&apos;s card instead</source>
        <translation>Открыть карточку этого клиента вместо создания нового</translation>
    </message>
</context>
<context>
    <name>DuplicatesForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="237"/>
        <source>Cards are duplicates when they share</source>
        <translation>Карточки считаются дублями, если у них общий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="239"/>
        <source>a &amp;phone</source>
        <translation>&amp;телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="240"/>
        <source>an &amp;email</source>
        <translation>&amp;эл. адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="241"/>
        <source>the full na&amp;me</source>
        <translation>полное &amp;имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="243"/>
        <source>a name only with the same birth &amp;date</source>
        <translation>имя — только при той же дате &amp;рождения</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="77"/>
        <source>Duplicates in the base</source>
        <translation>Дубли в базе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="80"/>
        <source>Same &amp;phone</source>
        <translation>Тот же &amp;телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="81"/>
        <source>Same &amp;email</source>
        <translation>Та же &amp;эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="82"/>
        <source>Same &amp;name</source>
        <translation>То же &amp;имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="86"/>
        <source>Names only with the same &amp;birth date</source>
        <translation>Имена — только с той же &amp;датой рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="87"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="95"/>
        <source>&amp;Merges…</source>
        <translation>&amp;Объединения…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="97"/>
        <source>Past merges, to undo one</source>
        <translation>Прошлые объединения — чтобы отменить одно из них</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="101"/>
        <source>Choose what to compare and press Find.</source>
        <translation>Выберите, что сравнивать, и нажмите «Найти».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="105"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="105"/>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="121"/>
        <source>Choose at least one thing to compare.</source>
        <translation>Выберите хотя бы одно, что сравнивать.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="129"/>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="136"/>
        <source>Looking for duplicates…</source>
        <translation>Ищем дубли…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="151"/>
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>Найдена %n группа дублей.</numerusform>
            <numerusform>Найдено %n группы дублей.</numerusform>
            <numerusform>Найдено %n групп дублей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="153"/>
        <source>The first {0} are listed.</source>
        <translation>Показаны первые {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="162"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="42"/>
        <source>Cannot do that</source>
        <translation>Не удалось выполнить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="62"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="66"/>
        <source>Something went wrong inside desktop-crm. This is a bug, not something you did. Your saved data is safe; the action that failed was not completed.

Please copy the details below and send them to your administrator.</source>
        <translation>В desktop-crm произошла внутренняя ошибка. Это ошибка программы, а не ваша. Сохранённые данные в порядке; действие, на котором возникла ошибка, не выполнено.

Скопируйте подробности ниже и отправьте их администратору.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="79"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="11"/>
        <source>The account {login!r} is disabled.</source>
        <translation>Учётная запись {login!r} отключена.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="15"/>
        <source>{name} ({login}, role {role}) may not {action}. Ask an administrator for a role that allows it.</source>
        <translation>{name} ({login}, роль {role}) не может {action}. Попросите администратора дать роль, которая это разрешает.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="23"/>
        <source>{name} ({login}) cannot put a client into the queue {queue}: {login} is not a member of it, and the client would disappear from view.</source>
        <translation>{name} ({login}) не может поместить клиента в очередь {queue}: {login} не состоит в ней, и клиент пропал бы из виду.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="31"/>
        <source>There is no role {role!r}. Known roles: {known}.</source>
        <translation>Роли {role!r} нет. Известные роли: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="35"/>
        <source>There is no user {login!r} in this database. An administrator can add it with `desktop-crm users add {login} --name &quot;Full Name&quot;`.</source>
        <translation>Пользователя {login!r} в этой базе нет. Администратор может добавить его командой `desktop-crm users add {login} --name &quot;Full Name&quot;`.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="43"/>
        <source>Nobody is logged in here: give the login with --user LOGIN or the DESKTOP_CRM_USER variable.</source>
        <translation>Не известно, кто работает: укажите логин через --user LOGIN или переменную DESKTOP_CRM_USER.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="49"/>
        <source>A login cannot be empty.</source>
        <translation>Логин не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="51"/>
        <source>The login {login!r} is taken already.</source>
        <translation>Логин {login!r} уже занят.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="11"/>
        <source>{value!r} is not a phone number.</source>
        <translation>{value!r} — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="14"/>
        <source>{value!r} is not an email address.</source>
        <translation>{value!r} — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="17"/>
        <source>A {kind} value cannot be empty.</source>
        <translation>Значение «{kind}» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="21"/>
        <source>A {kind} value may be at most {max_length} characters long.</source>
        <translation>Значение «{kind}»: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="25"/>
        <source>A comment on {contact} may be at most {max_length} characters long.</source>
        <translation>Комментарий к {contact}: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="31"/>
        <source>{label} may be at most {max_length} characters long.</source>
        <translation>{label}: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="33"/>
        <source>{label}: {cause}</source>
        <translation>{label}: {cause}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="36"/>
        <source>{value!r} is not a date; type it as DD.MM.YYYY.</source>
        <translation>{value!r} — не дата; введите её как ДД.ММ.ГГГГ (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="39"/>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} — не число.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="42"/>
        <source>{value!r} is not yes or no.</source>
        <translation>{value!r} — не «да» и не «нет».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="45"/>
        <source>{value!r} is not one of: {allowed}.</source>
        <translation>{value!r} — не из списка: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="70"/>
        <source>{value!r} contains a control character ({char}) that cannot be stored; remove it.</source>
        <translation>{value!r} содержит управляющий символ ({char}), который нельзя сохранить; удалите его.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="12"/>
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation>У клиента должно быть наименование: заполните его или фамилию и имя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="17"/>
        <source>{kind!r} is not a kind of client.</source>
        <translation>{kind!r} — не вид клиента.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="21"/>
        <source>{stage!r} is not a stage; use lead or client.</source>
        <translation>{stage!r} — не стадия; укажите lead (лид) или client (клиент).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="25"/>
        <source>The chosen group does not exist any more.</source>
        <translation>Выбранной группы больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="29"/>
        <source>The chosen queue does not exist any more.</source>
        <translation>Выбранной очереди больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="33"/>
        <source>The chosen responsible manager does not exist any more.</source>
        <translation>Выбранного ответственного менеджера больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="37"/>
        <source>{name}&apos;s account is disabled; choose another responsible manager.</source>
        <translation>Учётная запись пользователя {name} отключена; выберите другого ответственного менеджера.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="43"/>
        <source>The chosen manager does not exist any more.</source>
        <translation>Выбранного менеджера больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="47"/>
        <source>{name}&apos;s account is disabled; choose another manager.</source>
        <translation>Учётная запись пользователя {name} отключена; выберите другого менеджера.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="51"/>
        <source>The chosen company does not exist any more.</source>
        <translation>Выбранной компании больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="55"/>
        <source>{name} is not a company; a client can be attached to a company only.</source>
        <translation>{name} — не компания; клиента можно привязать только к компании.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="61"/>
        <source>A company cannot be attached to itself.</source>
        <translation>Компанию нельзя привязать к ней самой.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="65"/>
        <source>Client #{client_id} does not exist any more; someone may have deleted it.</source>
        <translation>Клиента №{client_id} больше нет; возможно, кто-то его удалил.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="71"/>
        <source>Client #{client_id} does not exist any more; someone deleted it while the card was open.</source>
        <translation>Клиента №{client_id} больше нет; кто-то удалил его, пока карточка была открыта.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="79"/>
        <source>Client #{client_id} does not exist any more.</source>
        <translation>Клиента №{client_id} больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="13"/>
        <source>{who} changed {what} at {at}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>{who} изменил(а) {what} в {at}, уже после того, как вы начали редактирование. Загрузите данные заново, чтобы увидеть изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="21"/>
        <source>{who} changed {what}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>{who} изменил(а) {what} уже после того, как вы начали редактирование. Загрузите данные заново, чтобы увидеть изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="29"/>
        <source>You ({who}), in another window, changed {what} at {at}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>Вы ({who}) в другом окне изменили {what} в {at}, уже после того, как начали редактирование здесь. Загрузите данные заново, чтобы увидеть изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="37"/>
        <source>You ({who}), in another window, changed {what}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>Вы ({who}) в другом окне изменили {what} уже после того, как начали редактирование здесь. Загрузите данные заново, чтобы увидеть изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="45"/>
        <source>Someone changed {what} at {at}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>Кто-то изменил {what} в {at}, уже после того, как вы начали редактирование. Загрузите данные заново, чтобы увидеть изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="53"/>
        <source>Someone changed {what}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>Кто-то изменил {what} уже после того, как вы начали редактирование. Загрузите данные заново, чтобы увидеть изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="62"/>
        <source>A group name cannot be empty.</source>
        <translation>Название группы не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="66"/>
        <source>A group name cannot contain {separator!r}: it separates a group from its subgroup.</source>
        <translation>Название группы не может содержать {separator!r}: этот знак отделяет группу от подгруппы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="73"/>
        <source>A group name may be at most {max_length} characters long.</source>
        <translation>Название группы: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="76"/>
        <source>A group path cannot be empty.</source>
        <translation>Путь группы не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="80"/>
        <source>The parent group does not exist any more.</source>
        <translation>Родительской группы больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="83"/>
        <source>There is a group {name!r} here already.</source>
        <translation>Группа {name!r} здесь уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="86"/>
        <source>The group does not exist any more.</source>
        <translation>Этой группы больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="88"/>
        <source>A tag cannot be empty.</source>
        <translation>Тег не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="91"/>
        <source>A tag may be at most {max_length} characters long.</source>
        <translation>Тег: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="93"/>
        <source>There is no tag {name!r}.</source>
        <translation>Тега {name!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="94"/>
        <source>There is a tag {name!r} already.</source>
        <translation>Тег {name!r} уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="95"/>
        <source>A note cannot be empty.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="98"/>
        <source>A note may be at most {max_length} characters long.</source>
        <translation>Заметка: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="100"/>
        <source>The note does not exist any more.</source>
        <translation>Этой заметки больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="103"/>
        <source>Only the author of a note or an administrator may change it.</source>
        <translation>Изменить заметку может только её автор или администратор.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="107"/>
        <source>The contact person does not exist any more; someone may have deleted it.</source>
        <translation>Этого контактного лица больше нет; возможно, кто-то его удалил.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="113"/>
        <source>That contact person is not on this card any more.</source>
        <translation>Этого контактного лица больше нет в карточке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="118"/>
        <source>There is no custom field {key!r}.</source>
        <translation>Дополнительного поля {key!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="122"/>
        <source>Only a field of type choice has a list of choices.</source>
        <translation>Список вариантов есть только у поля типа «выбор».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="126"/>
        <source>A choice field needs at least one choice.</source>
        <translation>У поля выбора должен быть хотя бы один вариант.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="129"/>
        <source>Two choices differ only in case.</source>
        <translation>Два варианта отличаются только регистром букв.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="132"/>
        <source>A field needs a label.</source>
        <translation>У поля должно быть название.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="136"/>
        <source>A field label may be at most {max_length} characters long.</source>
        <translation>Название поля: не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="140"/>
        <source>The key {key!r} may hold only small latin letters, digits and _, and must start with a letter.</source>
        <translation>Ключ {key!r} может состоять только из строчных латинских букв, цифр и _ и должен начинаться с буквы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="148"/>
        <source>{key!r} is a built-in card field already.</source>
        <translation>{key!r} — уже встроенное поле карточки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="152"/>
        <source>There is a custom field {key!r} already.</source>
        <translation>Дополнительное поле {key!r} уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="156"/>
        <source>{type!r} is not a field type; choose one of {types}.</source>
        <translation>{type!r} — не тип поля; выберите один из: {types}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="161"/>
        <source>A deal needs a topic.</source>
        <translation>У сделки должна быть тема.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="165"/>
        <source>The chosen sales scenario does not exist.</source>
        <translation>Выбранного сценария продаж нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="169"/>
        <source>The chosen responsible does not exist.</source>
        <translation>Выбранного ответственного нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="173"/>
        <source>The deal does not exist any more; someone may have deleted it.</source>
        <translation>Этой сделки больше нет; возможно, кто-то её удалил.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="178"/>
        <source>The deal “{topic}” is {status} already.</source>
        <translation>Сделка «{topic}» уже {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="182"/>
        <source>The deal “{topic}” is {status}; the client of a finished deal cannot be changed.</source>
        <translation>Сделка «{topic}» {status}; клиента завершённой сделки изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="188"/>
        <source>A sales scenario needs a name.</source>
        <translation>У сценария продаж должно быть название.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="11"/>
        <source>A file needs a name.</source>
        <translation>У файла должно быть имя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="15"/>
        <source>{name} is {size}; files up to {limit} can be attached. Attach a smaller file, or ask an administrator to raise the limit in Settings.</source>
        <translation>Размер файла {name} — {size}; прикрепить можно файлы до {limit}. Прикрепите файл поменьше или попросите администратора увеличить предел в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="21"/>
        <source>{path} is not a file.</source>
        <translation>{path} — не файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="23"/>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="18"/>
        <location filename="../../desktop_crm/error_codes/mail.py" line="18"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="27"/>
        <source>The file does not exist any more; someone may have deleted it.</source>
        <translation>Этого файла больше нет; возможно, кто-то его удалил.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="32"/>
        <source>Cannot save the file to {path}: {reason}.</source>
        <translation>Не удаётся сохранить файл в {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="35"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation>Не удаётся записать {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="38"/>
        <source>Export to .xlsx or .csv, not {suffix}.</source>
        <translation>Экспортировать можно в .xlsx или .csv, а не в {suffix}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="42"/>
        <source>The number of demo clients must be between 1 and {max_count:,}; got {count:,}.</source>
        <translation>Число демо-клиентов должно быть от 1 до {max_count:,}; указано {count:,}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="51"/>
        <source>The database address {url!r} is not a valid URL.</source>
        <translation>Адрес базы данных {url!r} — неправильный URL.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="55"/>
        <source>This kind of database is not supported: {url!r}.</source>
        <translation>Такой вид базы данных не поддерживается: {url!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="59"/>
        <source>{folder} is a file, not a folder for the database file.</source>
        <translation>{folder} — это файл, а не папка для файла базы данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="63"/>
        <source>The folder {folder} for the database file does not exist.</source>
        <translation>Папки {folder} для файла базы данных не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="67"/>
        <source>{url} holds tables that are not a desktop_crm database. Choose an empty database or a desktop_crm one.</source>
        <translation>В {url} есть таблицы, которые не относятся к базе desktop_crm. Выберите пустую базу или базу desktop_crm.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="75"/>
        <source>{path} is not a desktop_crm database file ({detail}).</source>
        <translation>{path} — не файл базы данных desktop_crm ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="79"/>
        <source>The database file {path} is read-only, so changes cannot be saved ({detail}).</source>
        <translation>Файл базы данных {path} доступен только для чтения, поэтому изменения нельзя сохранить ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="86"/>
        <source>The database file {path} is locked by another program that is still writing to it; try again when it has finished ({detail}).</source>
        <translation>Файл базы данных {path} заблокирован другой программой, которая ещё пишет в него; попробуйте снова, когда она закончит ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="94"/>
        <source>The database file {path} cannot be written: {detail}.</source>
        <translation>Не удаётся записать файл базы данных {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="98"/>
        <source>The database file {path} cannot be opened: {detail}.</source>
        <translation>Не удаётся открыть файл базы данных {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="102"/>
        <source>Cannot connect to the database {url}: {detail}.</source>
        <translation>Не удаётся подключиться к базе данных {url}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="106"/>
        <source>Another user was changing the same records at the same moment, so nothing was saved; please try again.</source>
        <translation>Другой пользователь в тот же момент менял те же записи, поэтому ничего не сохранено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="114"/>
        <source>The database {url} failed during the operation, so nothing was saved: {detail}.</source>
        <translation>База данных {url} дала сбой во время операции, поэтому ничего не сохранено: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="11"/>
        <source>The file {path} does not exist.</source>
        <translation>Файла {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="14"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="20"/>
        <source>{source} is empty.</source>
        <translation>{source}: пусто.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="22"/>
        <source>The {source} is empty.</source>
        <translation>{source}: пусто.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="26"/>
        <source>The {source} contains NUL characters: it is not a table.</source>
        <translation>{source}: есть NUL-символы, это не таблица.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="30"/>
        <source>{source} holds no table: it is empty or blank.</source>
        <translation>{source}: нет таблицы, всё пусто.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="34"/>
        <source>{source} has only a header row and no clients under it.</source>
        <translation>{source}: есть только строка заголовков, клиентов под ней нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="38"/>
        <source>{source} is not valid {encoding} text; choose its encoding by hand.</source>
        <translation>{source}: это не текст в кодировке {encoding}; выберите кодировку вручную.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="44"/>
        <source>{source} is not valid {encoding} text near row {row}; choose its encoding by hand.</source>
        <translation>{source}: около строки {row} текст не в кодировке {encoding}; выберите кодировку вручную.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="51"/>
        <source>The file&apos;s encoding is not certain: it reads best as {encoding}, but not cleanly; choose it by hand (on the command line: --encoding {encoding}).</source>
        <translation>Кодировка файла не определена надёжно: лучше всего он читается как {encoding}, но не без ошибок; выберите её вручную (в командной строке: --encoding {encoding}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="59"/>
        <source>{source} contains a NUL byte at row {row}: the file is damaged or not a text table.</source>
        <translation>{source}: в строке {row} есть NUL-байт — файл повреждён или это не текстовая таблица.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="66"/>
        <source>{source} cannot be read at row {row}: {detail}.</source>
        <translation>{source}: не удаётся прочитать строку {row}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="70"/>
        <source>The file contains NUL bytes: it is not a text table (a binary file, or damaged).</source>
        <translation>В файле есть NUL-байты: это не текстовая таблица (двоичный или повреждённый файл).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="77"/>
        <source>The encoding of the file cannot be recognised; give it explicitly.</source>
        <translation>Не удаётся распознать кодировку файла; укажите её явно.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="83"/>
        <source>Row {row} has {columns} columns; a client list has at most {max_columns}.</source>
        <translation>В строке {row} столбцов: {columns}; в списке клиентов их не больше {max_columns}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="89"/>
        <source>Row {row} has a cell of {length:,} characters; a cell may hold at most {max_length:,}. The file is damaged or not a client list.</source>
        <translation>В строке {row} есть ячейка длиной {length:,} символов; в ячейке может быть не больше {max_length:,}. Файл повреждён или это не список клиентов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="97"/>
        <source>{source} is not a spreadsheet: its content is not an Excel or OpenDocument workbook. If it is a text table, give it a .csv or .txt name.</source>
        <translation>{source} — не электронная таблица: это не книга Excel или OpenDocument. Если это текстовая таблица, дайте файлу расширение .csv или .txt.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="105"/>
        <source>{source} is a workbook; save it to a file and import the file.</source>
        <translation>{source} — это книга; сохраните её в файл и импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="111"/>
        <source>{source} is damaged: the workbook is truncated or corrupt and cannot be opened.</source>
        <translation>{source} повреждён: книга обрезана или испорчена, её нельзя открыть.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="118"/>
        <source>{source} would unpack to {gigabytes:.1f} GB; it is refused as unsafe (a real client list is far smaller).</source>
        <translation>{source} после распаковки занял бы {gigabytes:.1f} ГБ; файл отклонён как небезопасный (настоящий список клиентов гораздо меньше).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="126"/>
        <source>{source} is refused as unsafe: one of its parts unpacks {ratio:,.0f} times larger than it is stored (a zip bomb).</source>
        <translation>{source} отклонён как небезопасный: одна из его частей распаковывается в {ratio:,.0f} раз больше, чем хранится (zip-бомба).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="134"/>
        <source>{source} is refused as unsafe: it unpacks {ratio:,.0f} times larger than it is stored (a zip bomb).</source>
        <translation>{source} отклонён как небезопасный: он распаковывается в {ratio:,.0f} раз больше, чем хранится (zip-бомба).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="142"/>
        <source>{source} is a zip archive, not an Excel or OpenDocument workbook.</source>
        <translation>{source} — zip-архив, а не книга Excel или OpenDocument.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="148"/>
        <source>{source} cannot be read as a workbook: it is damaged or not really {kind} ({detail}).</source>
        <translation>{source} не читается как книга: файл повреждён или это не {kind} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="155"/>
        <source>{source} holds no table: its sheets are empty.</source>
        <translation>{source}: нет таблицы, все листы пусты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="159"/>
        <source>The sheet {sheet!r} of {source} cannot be read: the workbook is damaged ({detail}).</source>
        <translation>Лист {sheet!r} в {source} не читается: книга повреждена ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="166"/>
        <source>{source} cannot be read as vCard: {detail}.</source>
        <translation>{source} не читается как vCard: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="170"/>
        <source>{source} holds no contact cards (no BEGIN:VCARD).</source>
        <translation>В {source} нет карточек контактов (нет BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="12"/>
        <source>{source} has no sheet {sheet!r}; its sheets: {sheets}.</source>
        <translation>В {source} нет листа {sheet!r}; листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="16"/>
        <source>{value!r} is not a column separator; use auto, &apos;,&apos;, &apos;;&apos;, tab, space or one character.</source>
        <translation>{value!r} — не разделитель столбцов; используйте auto, &apos;,&apos;, &apos;;&apos;, tab, space или один символ.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="23"/>
        <source>{encoding!r} is not an encoding this program knows.</source>
        <translation>Кодировка {encoding!r} программе неизвестна.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="27"/>
        <source>Unknown duplicate search step {steps!r}; use phone, email, name (or none).</source>
        <translation>Неизвестный шаг поиска дублей {steps!r}; используйте phone, email, name (или none).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="33"/>
        <source>{field!r} cannot be the unique field; use one of {allowed} or custom.&lt;key&gt;.</source>
        <translation>{field!r} не может быть уникальным полем; используйте одно из: {allowed} или custom.&lt;key&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="39"/>
        <source>The unique field {field!r} is not matched to any column.</source>
        <translation>Уникальное поле {field!r} не сопоставлено ни одному столбцу.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="43"/>
        <source>A mapping must look like {{&quot;columns&quot;: {{&quot;&lt;column name or number&gt;&quot;: &quot;&lt;field key&gt;&quot;}}}}.</source>
        <translation>Сопоставление должно выглядеть так: {{&quot;columns&quot;: {{&quot;&lt;column name or number&gt;&quot;: &quot;&lt;field key&gt;&quot;}}}}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="50"/>
        <source>{key!r} in the mapping is not a card field. Known: {known}.</source>
        <translation>{key!r} в сопоставлении — не поле карточки. Известные: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="54"/>
        <source>The mapping names a column {column!r} that the file lacks.</source>
        <translation>В сопоставлении указан столбец {column!r}, которого в файле нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="58"/>
        <source>The mapping file {path} does not exist.</source>
        <translation>Файла сопоставления {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="62"/>
        <source>The mapping file {path} is not valid JSON ({detail}).</source>
        <translation>Файл сопоставления {path} — неправильный JSON ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="65"/>
        <source>{problems} ({reason})</source>
        <translation>Сопоставление столбцов не подходит ({reason}): {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="68"/>
        <source>{problems}</source>
        <translation>Сопоставление столбцов не подходит: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="71"/>
        <source>A saved matching needs a name.</source>
        <translation>У сохранённого сопоставления должно быть название.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="75"/>
        <source>There is no saved matching called {name!r}.</source>
        <translation>Сохранённого сопоставления {name!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="79"/>
        <source>The phone rule {rule!r} is malformed; write it like [11]/-7+8 (in 11-digit numbers replace a leading 7 by 8), [10]/+7 (put 7 in front of 10-digit numbers) or [11]/-8 (drop a leading 8).</source>
        <translation>Правило телефонов {rule!r} записано неверно; пишите так: [11]/-7+8 (в 11-значных номерах заменить начальную 7 на 8), [10]/+7 (добавить 7 перед 10-значными номерами) или [11]/-8 (убрать начальную 8).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="88"/>
        <source>The phone validation rule {rule!r} is malformed; write it like [11] (only 11-digit numbers pass), [10,11] or [10-12].</source>
        <translation>Правило проверки телефонов {rule!r} записано неверно; пишите так: [11] (проходят только 11-значные номера), [10,11] или [10-12].</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="96"/>
        <source>The phone validation rule {rule!r} is not a range.</source>
        <translation>Правило проверки телефонов {rule!r} — не диапазон.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="100"/>
        <source>Phones are required but no column is matched to Phones (no_phones_column).</source>
        <translation>Телефоны обязательны, но ни один столбец не сопоставлен с полем «Телефоны».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="106"/>
        <source>Update mode needs a duplicate search step (phone, email or name) or a unique field to find the clients to update.</source>
        <translation>Режиму обновления нужен шаг поиска дублей (телефон, почта или имя) или уникальное поле, чтобы найти клиентов для обновления.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="114"/>
        <source>There is no user {login!r} to make responsible.</source>
        <translation>Пользователя {login!r}, которого нужно назначить ответственным, нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="58"/>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="117"/>
        <source>There is no queue {name!r}.</source>
        <translation>Очереди {name!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="121"/>
        <source>There is no sales scenario {name!r}.</source>
        <translation>Сценария продаж {name!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="124"/>
        <source>{path!r} is not a group name.</source>
        <translation>{path!r} — не название группы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="128"/>
        <source>{mode!r} is not an import mode; use add, update or add-update.</source>
        <translation>{mode!r} — не режим импорта; используйте add, update или add-update.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="134"/>
        <source>{region!r} is not a region; use a two-letter country code like RU or PL.</source>
        <translation>{region!r} — не регион; укажите двухбуквенный код страны, например RU или PL.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="140"/>
        <source>Save failed rows as .xlsx or .csv, not {suffix}.</source>
        <translation>Сохранить строки с ошибками можно в .xlsx или .csv, а не в {suffix}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="144"/>
        <source>Some of the clients this import updates were changed by someone else while it ran; nothing was imported. Run the import again.</source>
        <translation>Пока шёл импорт, кто-то другой изменил некоторых клиентов, которых он обновляет; ничего не импортировано. Запустите импорт ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="153"/>
        <source>There is no import #{job_id}.</source>
        <translation>Импорта №{job_id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="156"/>
        <source>Import #{job_id} was undone already.</source>
        <translation>Импорт №{job_id} уже отменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="160"/>
        <source>Import #{job_id} is {status}; it changed nothing to undo.</source>
        <translation>Импорт №{job_id}: {status}; он ничего не изменил, отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="164"/>
        <source>Import #{job_id} is being undone right now, by someone else or in another window. Nothing was done twice; look at the import history again in a moment.</source>
        <translation>Импорт № {job_id} прямо сейчас отменяется — кем-то другим или в другом окне. Ничего не сделано дважды; загляните в историю импорта чуть позже.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="172"/>
        <source>Import #{job_id} cannot be undone: some of its clients were changed while it was being undone. Nothing was undone.</source>
        <translation>Импорт №{job_id} нельзя отменить: некоторых его клиентов изменили во время отмены. Ничего не отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="27"/>
        <source>The full name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="28"/>
        <source>The last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="29"/>
        <source>The first name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="30"/>
        <source>The middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="31"/>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="32"/>
        <source>The website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="33"/>
        <source>The position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="34"/>
        <source>The topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="35"/>
        <source>The description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="36"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="37"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="38"/>
        <source>Deal date</source>
        <translation>Дата сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="39"/>
        <source>Activity date</source>
        <translation>Дата активности</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="40"/>
        <source>Expected revenue</source>
        <translation>Ожидаемая выручка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="43"/>
        <source>edit clients</source>
        <translation>изменять клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="44"/>
        <source>import clients</source>
        <translation>импортировать клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="45"/>
        <source>export clients</source>
        <translation>экспортировать клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="46"/>
        <source>delete clients</source>
        <translation>удалять клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="47"/>
        <source>run control wizards</source>
        <translation>запускать мастера контроля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="48"/>
        <source>administer users, roles, fields and settings</source>
        <translation>управлять пользователями, ролями, полями и настройками</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="51"/>
        <source>the card of {name}</source>
        <translation>карточку клиента {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="52"/>
        <source>the contact person {name}</source>
        <translation>контактное лицо {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="55"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="56"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="57"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="58"/>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="59"/>
        <source>failed</source>
        <translation>завершился с ошибкой</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="60"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="61"/>
        <source>a check only</source>
        <translation>только проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="64"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="65"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="68"/>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="69"/>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="72"/>
        <source>no matched fields</source>
        <translation>не сопоставлено ни одного поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="73"/>
        <source>a required field is missing</source>
        <translation>не хватает обязательного поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="75"/>
        <source>{count} bytes</source>
        <translation>{count} Б</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="77"/>
        <source>there is no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="78"/>
        <location filename="../../desktop_crm/ui/error_words.py" line="79"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="80"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="81"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="82"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="83"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="47"/>
        <source>{value!r} has no year.</source>
        <translation>{value!r} — без года.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="50"/>
        <source>{value!r} is not a date; the month has no such day.</source>
        <translation>{value!r} — не дата: в этом месяце нет такого дня.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="53"/>
        <source>{value!r} has an impossible year.</source>
        <translation>{value!r} — невозможный год.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="56"/>
        <source>{value:%d.%m.%Y} is in the future.</source>
        <translation>{value:%d.%m.%Y} — в будущем.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="60"/>
        <source>{value:%d.%m.%Y} is too far in the past.</source>
        <translation>{value:%d.%m.%Y} — слишком давно.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="63"/>
        <source>{value!r} cannot be negative.</source>
        <translation>{value!r} — не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="66"/>
        <source>{value!r} is too large.</source>
        <translation>{value!r} — слишком большое значение.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/base_settings.py" line="11"/>
        <source>{region!r} is not a country code of phone numbers; use two letters such as RU, PL or US.</source>
        <translation>{region!r} — не код страны для телефонных номеров; укажите две буквы, например RU, PL или US.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/base_settings.py" line="19"/>
        <source>The attachment size limit must be between 1 and {max_mb} MB, not {value}.</source>
        <translation>Предельный размер вложения должен быть от 1 до {max_mb} МБ, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="13"/>
        <source>The settings file {path} is not valid JSON ({detail}); correct it, or delete it to start with the default settings.</source>
        <translation>Файл настроек {path} не является корректным JSON ({detail}); исправьте его или удалите, чтобы начать с настроек по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="21"/>
        <source>The settings file {path} must hold named settings in braces, such as {{&quot;language&quot;: &quot;ru&quot;}}; correct it, or delete it to start with the default settings.</source>
        <translation>Файл настроек {path} должен содержать именованные настройки в фигурных скобках, например {{&quot;language&quot;: &quot;ru&quot;}}; исправьте его или удалите, чтобы начать с настроек по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="29"/>
        <source>The setting &quot;{key}&quot; in {path} must be text in quotes, not {value}; correct it, or delete the line to use the default.</source>
        <translation>Настройка «{key}» в {path} должна быть текстом в кавычках, а не {value}; исправьте её или удалите строку, чтобы использовать значение по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="37"/>
        <source>{path} is neither a database address nor an existing database file. Give an existing file, a new file name ending in .sqlite, .sqlite3 or .db in an existing folder, or an address such as postgresql://user@host/base.</source>
        <translation>{path} — это не адрес базы данных и не существующий файл базы. Укажите существующий файл, имя нового файла с окончанием .sqlite, .sqlite3 или .db в существующей папке или адрес вида postgresql://user@host/base.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="47"/>
        <source>This base was upgraded by a newer desktop_crm (revision {revision}); update the application.</source>
        <translation>Эта база обновлена более новой версией desktop_crm (ревизия {revision}); обновите приложение.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="55"/>
        <source>The database file {path} could not be backed up before its upgrade, so it was left as it was and not upgraded: {reason}.</source>
        <translation>Не удалось сделать резервную копию файла базы данных {path} перед обновлением, поэтому он оставлен как был и не обновлён: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="64"/>
        <source>The export could not be saved to {path}: {reason}. A file that was there before is unchanged.</source>
        <translation>Не удалось сохранить экспорт в {path}: {reason}. Файл, который там был раньше, не изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="72"/>
        <source>Another user saved the same records while this import ran, so nothing was imported; run the import again.</source>
        <translation>Другой пользователь сохранил те же записи во время этого импорта, поэтому ничего не импортировано; запустите импорт ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="11"/>
        <source>{login!r} is the last active administrator: make another user an administrator first.</source>
        <translation>{login!r} — последний действующий администратор: сначала сделайте администратором другого пользователя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="17"/>
        <source>A queue needs a name.</source>
        <translation>У очереди должно быть название.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="21"/>
        <source>A queue name may be at most {max_length} characters long.</source>
        <translation>Название очереди может быть не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="24"/>
        <source>There is a queue {name!r} already.</source>
        <translation>Очередь {name!r} уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="27"/>
        <source>A tag cannot be merged into itself.</source>
        <translation>Тег нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="31"/>
        <source>A group cannot be moved into itself or its own subgroup.</source>
        <translation>Группу нельзя переместить в неё саму или в её подгруппу.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="35"/>
        <source>The group {name!r} is not empty (clients: {clients}, subgroups: {subgroups}); move them out first.</source>
        <translation>Группа {name!r} не пуста (клиентов: {clients}, подгрупп: {subgroups}); сначала перенесите их.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="81"/>
        <source>What this change refers to was deleted by someone else meanwhile; nothing was saved. Reload and try again.</source>
        <translation>То, к чему относится это изменение, тем временем удалил кто-то другой; ничего не сохранено. Обновите и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/reports.py" line="11"/>
        <source>The period starts on {start} after it ends on {end}.</source>
        <translation>Период начинается {start}, позже своего конца {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="11"/>
        <source>Choose at least one other card to merge into #{keep_id}.</source>
        <translation>Выберите хотя бы одну другую карточку, чтобы объединить её с №{keep_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="15"/>
        <source>Client #{keep_id} is the card kept; it cannot be merged into itself.</source>
        <translation>Клиент №{keep_id} — остающаяся карточка; её нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="21"/>
        <source>A merge cannot choose {choice!r}; the fields it chooses are: {fields}.</source>
        <translation>При объединении нельзя выбрать {choice!r}; можно выбрать поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="27"/>
        <source>Client #{client_id}, chosen for {choice!r}, is not one of the cards being merged.</source>
        <translation>Клиент №{client_id}, выбранный для {choice!r}, не входит в объединяемые карточки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="33"/>
        <source>There is no merge #{bulk_edit_id}.</source>
        <translation>Объединения №{bulk_edit_id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="37"/>
        <source>Merge #{bulk_edit_id} has been undone already.</source>
        <translation>Объединение №{bulk_edit_id} уже отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="41"/>
        <source>Client #{client_id}, the card merge #{bulk_edit_id} kept, has been deleted since; the merge cannot be undone.</source>
        <translation>Клиент №{client_id}, оставленный объединением №{bulk_edit_id}, с тех пор удалён; объединение нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="11"/>
        <source>{kind!r} is not a contact kind to check; choose from {known}.</source>
        <translation>{kind!r} — не вид контакта для проверки; выберите из: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="17"/>
        <source>Choose at least one thing to check.</source>
        <translation>Выберите хотя бы что-то одно для проверки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="21"/>
        <source>{value!r} is not a card field or custom field that can be checked.</source>
        <translation>{value!r} — не поле карточки и не дополнительное поле, которое можно проверить.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="27"/>
        <source>{mode!r} is not a way to check; use any or all.</source>
        <translation>{mode!r} — не способ проверки; укажите any (хотя бы одного нет) или all (нет ни одного).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="31"/>
        <source>{mode!r} is not a way to give out tasks; use managers or even.</source>
        <translation>{mode!r} — не способ распределения задач; укажите managers (ответственным) или even (поровну).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="37"/>
        <source>There is no active user {login!r} to give tasks to.</source>
        <translation>Нет активного пользователя {login!r}, которому можно дать задачу.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="41"/>
        <source>There is no user {login!r} whose clients to check.</source>
        <translation>Пользователя {login!r}, чьих клиентов нужно проверить, нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="45"/>
        <source>There is no user group {name!r}.</source>
        <translation>Группы пользователей {name!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="49"/>
        <source>There is nobody to give the tasks to: pick users or a user group.</source>
        <translation>Некому дать задачи: выберите пользователей или группу пользователей.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="55"/>
        <source>There is no client group {path!r}.</source>
        <translation>Группы клиентов {path!r} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="62"/>
        <source>{value!r} is not a date; type it as YYYY-MM-DD.</source>
        <translation>{value!r} — не дата; введите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="66"/>
        <source>The due date {due} is before today, {today}.</source>
        <translation>Срок {due} раньше сегодняшнего дня, {today}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="70"/>
        <source>{value!r} is not a direction; use in or out.</source>
        <translation>{value!r} — не направление; укажите in (входящий) или out (исходящий).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="74"/>
        <source>{value!r} is not a kind of interaction; use call or email.</source>
        <translation>{value!r} — не вид взаимодействия; укажите call (звонок) или email (письмо).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/base_settings.py" line="25"/>
        <source>{language!r} is not a language names can be sorted in; use one of {known}.</source>
        <translation>{language!r} — не язык, по которому можно сортировать имена; укажите один из: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/bulk_edits.py" line="11"/>
        <source>There is no bulk edit #{bulk_edit_id}.</source>
        <translation>Массового изменения №{bulk_edit_id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/bulk_edits.py" line="15"/>
        <source>Bulk edit #{bulk_edit_id} has been undone already.</source>
        <translation>Массовое изменение №{bulk_edit_id} уже отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/bulk_edits.py" line="19"/>
        <source>Bulk edit #{bulk_edit_id} cannot be undone from here.</source>
        <translation>Массовое изменение №{bulk_edit_id} нельзя отменить отсюда.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="11"/>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="15"/>
        <source>There is no task #{task_id}: it may have been deleted.</source>
        <translation>Задачи №{task_id} нет: возможно, её удалили.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="19"/>
        <source>{name} ({login}) may see and close only their own tasks; task #{task_id} is given to someone else.</source>
        <translation>{name} ({login}) может видеть и закрывать только свои задачи; задача №{task_id} поручена другому сотруднику.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="26"/>
        <source>Task #{task_id} is closed already.</source>
        <translation>Задача №{task_id} уже закрыта.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="30"/>
        <source>Task #{task_id} cannot be closed yet: {left} of its {items} items are not done. Fill in what they lack, then refresh the task.</source>
        <translation>Задачу №{task_id} пока нельзя закрыть: не выполнено пунктов — {left} из {items}. Заполните недостающие данные и обновите задачу.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="10"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="14"/>
        <source>The folder {path} holds no .eml, .msg or .mbox files.</source>
        <translation>В папке {path} нет файлов .eml, .msg или .mbox.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="22"/>
        <source>The file {path} is not an email message or a mailbox.</source>
        <translation>Файл {path} не является письмом или почтовым ящиком.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="26"/>
        <source>The mailbox {path} is broken: message {number} at line {line} is not an email message.</source>
        <translation>Почтовый ящик {path} повреждён: сообщение {number} в строке {line} не является письмом.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="34"/>
        <source>The Outlook message {path} is damaged and cannot be read: it was skipped.</source>
        <translation>Письмо Outlook {path} повреждено и не читается: оно пропущено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="40"/>
        <source>{value!r} is neither an email address nor a domain written as @firm.com.</source>
        <translation>{value!r} не является ни адресом электронной почты, ни доменом вида @firm.com.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="12"/>
        <source>{source} is not a call log this program knows (Asterisk Master.csv, a FreePBX CDR export, or a table with a date and a number column); give its columns with --mapping FILE.json or --preset NAME.</source>
        <translation>{source} — не журнал звонков, известный программе (Asterisk Master.csv, выгрузка CDR FreePBX или таблица со столбцами даты и номера); укажите его столбцы через --mapping FILE.json или --preset NAME.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="21"/>
        <source>{source} is not an Asterisk Master.csv: its first row ({columns} columns) is not a call record of 16, 18 or 21 columns with the start time in the 10th.</source>
        <translation>{source} — не Asterisk Master.csv: его первая строка (столбцов: {columns}) не запись о звонке из 16, 18 или 21 столбца со временем начала в 10-м.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="29"/>
        <source>{source} has only a header row and no calls under it.</source>
        <translation>В {source} есть только строка заголовка, звонков под ней нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="33"/>
        <source>{source} is not a FreePBX CDR export: its header lacks {missing}.</source>
        <translation>{source} — не выгрузка CDR FreePBX: в заголовке нет {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="39"/>
        <source>{key!r} in the mapping is not a call field. Known: {known}.</source>
        <translation>{key!r} в сопоставлении — не поле звонка. Известные: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="43"/>
        <source>The columns of {source} give no {missing}: match a column to it in the mapping.</source>
        <translation>Столбцы {source} не дают: {missing}; сопоставьте этому столбец.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="50"/>
        <source>There is no saved call-log matching called {name!r}.</source>
        <translation>Нет сохранённого сопоставления журнала звонков с именем {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="54"/>
        <source>The name {name!r} belongs to a saved matching of client lists; choose another name.</source>
        <translation>Имя {name!r} уже носит сохранённое сопоставление списков клиентов; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="61"/>
        <source>{name!r} is not a time zone; name one as Europe/Moscow, Europe/Warsaw or UTC.</source>
        <translation>{name!r} — не часовой пояс; укажите его как Europe/Moscow, Europe/Warsaw или UTC.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="68"/>
        <source>{value!r} is not a date and time; write it as DD.MM.YYYY HH:MM:SS.</source>
        <translation>{value!r} — не дата и время; запишите как ДД.ММ.ГГГГ ЧЧ:ММ:СС.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="11"/>
        <source>The call or email does not exist any more.</source>
        <translation>Этого звонка или письма больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="15"/>
        <source>Linking can run every 1 to {max_minutes} minutes, not every {value}.</source>
        <translation>Привязку можно запускать каждые 1–{max_minutes} минут, а не каждые {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="21"/>
        <source>{value!r} is not a time of day; write it as HH:MM, for example 02:30.</source>
        <translation>{value!r} — не время суток; напишите его как ЧЧ:ММ, например 02:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="27"/>
        <source>{value!r} is not a date and time; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{value!r} — не дата и время; напишите их как ГГГГ-ММ-ДД ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="33"/>
        <source>A call lasts from 0 to {max_seconds} seconds, not {value}.</source>
        <translation>Звонок длится от 0 до {max_seconds} секунд, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="11"/>
        <source>There is no mail account named {name!r} on this computer.</source>
        <translation>На этом компьютере нет почтового ящика {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="15"/>
        <source>No mail account is set up on this computer: add one with its server first.</source>
        <translation>На этом компьютере не настроен ни один почтовый ящик: сначала добавьте ящик и его сервер.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="21"/>
        <source>A mail account needs a name, a server and a login.</source>
        <translation>Для почтового ящика нужны название, сервер и логин.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="25"/>
        <source>{value!r} is not a port number (1 to 65535).</source>
        <translation>{value!r} — не номер порта (от 1 до 65535).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="29"/>
        <source>{value!r} is not a connection security: tls, starttls or none.</source>
        <translation>{value!r} — не способ защиты соединения: tls, starttls или none.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="35"/>
        <source>The mail accounts in {path} are not a list of accounts: {detail}.</source>
        <translation>Почтовые ящики в {path} записаны не списком ящиков: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="41"/>
        <source>The password of the mail account {name!r} is not in the keyring: add it again.</source>
        <translation>Пароля почтового ящика {name!r} нет в хранилище паролей: добавьте ящик ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="48"/>
        <source>The system keyring that keeps mail passwords cannot be used: {detail}.</source>
        <translation>Системное хранилище паролей, где хранятся пароли почты, недоступно: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="54"/>
        <source>The mail server {host}:{port} cannot be reached: {detail}.</source>
        <translation>Почтовый сервер {host}:{port} недоступен: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="58"/>
        <source>A secure connection to the mail server {host}:{port} failed: {detail}.</source>
        <translation>Не удалось установить защищённое соединение с почтовым сервером {host}:{port}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="64"/>
        <source>The mail server {host} refused the login {login!r}: wrong login or password.</source>
        <translation>Почтовый сервер {host} отказал во входе {login!r}: неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="70"/>
        <source>The mail account {name!r} has no folder {folder!r}.</source>
        <translation>В почтовом ящике {name!r} нет папки {folder!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="74"/>
        <source>The connection to the mail server {host} broke during the fetch ({detail}); the messages stored before stay, the next fetch goes on from there.</source>
        <translation>Соединение с почтовым сервером {host} прервалось во время получения почты ({detail}); уже сохранённые письма остаются, следующее получение продолжит с этого места.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="11"/>
        <source>Team mode needs a PostgreSQL base; {url} is not one.</source>
        <translation>Для работы командой нужна база PostgreSQL; {url} не такая база.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="15"/>
        <source>Setting up a team base needs a superuser, or a role with CREATEROLE that owns the tables: {detail}.</source>
        <translation>Для настройки командной базы нужен суперпользователь или роль с правом CREATEROLE, владеющая таблицами: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="23"/>
        <source>{url} is not a team base yet: run “desktop-crm db init-team” first.</source>
        <translation>{url} ещё не командная база: сначала выполните «desktop-crm db init-team».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="28"/>
        <source>The password is empty.</source>
        <translation>Пароль пуст.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="31"/>
        <source>The two passwords differ.</source>
        <translation>Два введённых пароля не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="35"/>
        <source>The server refused the login {login!r}: the password is wrong or there is no such login.</source>
        <translation>Сервер отклонил вход {login!r}: неверный пароль или такого логина нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="43"/>
        <source>The login {login!r} is disabled: an administrator can enable it again.</source>
        <translation>Логин {login!r} отключён: администратор может снова включить его.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="49"/>
        <source>Cannot connect to the database server {server}: check its address and that it is running.</source>
        <translation>Не удаётся подключиться к серверу базы данных {server}: проверьте его адрес и что он запущен.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="57"/>
        <source>The server already has a role {login!r} that is not a CRM login: choose another login.</source>
        <translation>На сервере уже есть роль {login!r}, которая не является логином CRM: выберите другой логин.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/connection.py" line="11"/>
        <source>The database server {server} cannot be reached, so nothing was saved; check that it is running and try again.</source>
        <translation>Сервер базы данных {server} недоступен, поэтому ничего не сохранено; проверьте, что он работает, и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/connection.py" line="21"/>
        <source>The database server cannot be reached; check that it is running and try again.</source>
        <translation>Сервер базы данных недоступен; проверьте, что он работает, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="41"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="42"/>
        <source>&amp;All %Ln client(s)</source>
        <translation>
            <numerusform>&amp;Все %Ln клиент</numerusform>
            <numerusform>&amp;Все %Ln клиента</numerusform>
            <numerusform>&amp;Все %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="45"/>
        <source>&amp;The %Ln client(s) found by the current search and filters</source>
        <translation>
            <numerusform>&amp;%Ln клиент, найденный текущим поиском и фильтрами</numerusform>
            <numerusform>&amp;%Ln клиента, найденных текущим поиском и фильтрами</numerusform>
            <numerusform>&amp;%Ln клиентов, найденных текущим поиском и фильтрами</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="54"/>
        <source>Next you choose the file; its name decides the format: .xlsx for Excel, .csv for a plain table.</source>
        <translation>Затем выберите файл; формат зависит от его имени: .xlsx для Excel, .csv для простой таблицы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="62"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="66"/>
        <source>Which clients should be exported?</source>
        <translation>Каких клиентов экспортировать?</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="101"/>
        <source>Exported %Ln client(s) to {0}</source>
        <translation>
            <numerusform>Экспортирован %Ln клиент в {0}</numerusform>
            <numerusform>Экспортировано %Ln клиента в {0}</numerusform>
            <numerusform>Экспортировано %Ln клиентов в {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="109"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="109"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="130"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="130"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="133"/>
        <source>Export %Ln client(s)</source>
        <translation>
            <numerusform>Экспорт %Ln клиента</numerusform>
            <numerusform>Экспорт %Ln клиентов</numerusform>
            <numerusform>Экспорт %Ln клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="100"/>
        <source>Fixed: the client will be created</source>
        <translation>Исправлено: клиент будет создан</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="102"/>
        <source>Fixed: the client will be updated</source>
        <translation>Исправлено: клиент будет обновлён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="104"/>
        <source>Fixed: the row will be skipped ({0})</source>
        <translation>Исправлено: строка будет пропущена ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="140"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="142"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="125"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="126"/>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="127"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="128"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="129"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="71"/>
        <source>{0} min {1} s</source>
        <translation>{0} мин {1} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="72"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="115"/>
        <source>{0}, overdue</source>
        <translation>{0}, просрочена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="120"/>
        <source>{0} — for {1}</source>
        <translation>{0} — для: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="128"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="131"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="133"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="142"/>
        <source>Incoming email</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="144"/>
        <source>Outgoing email</source>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="146"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="111"/>
        <source>{0}, due {1}</source>
        <translation>{0}, срок {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="116"/>
        <source>Task: {0} ({1})</source>
        <translation>Задача: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="154"/>
        <source>Deal: {0} ({1})</source>
        <translation>Сделка: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="160"/>
        <source>File: {0} ({1})</source>
        <translation>Файл: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="163"/>
        <source>File: {0}</source>
        <translation>Файл: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="79"/>
        <source>Import #{0} undone: {1}</source>
        <translation>Импорт №{0} отменён: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="82"/>
        <source>Updated by import #{0}: {1}</source>
        <translation>Изменено импортом №{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="93"/>
        <source>Contact person {0} added</source>
        <translation>Добавлено контактное лицо {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="96"/>
        <source>Card created</source>
        <translation>Карточка создана</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="98"/>
        <source>Contact person {0} removed</source>
        <translation>Удалено контактное лицо {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="103"/>
        <source>{0}: {1} changed</source>
        <translation>{0}: изменено поле «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="104"/>
        <source>{0} changed</source>
        <translation>Изменено поле «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="136"/>
        <source>missed</source>
        <translation>пропущенный</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="56"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation>Напишите заметку… (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="60"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="61"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Сохранить заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="71"/>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="73"/>
        <source>A task about this client, for you or a colleague</source>
        <translation>Задача по этому клиенту — для вас или коллеги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="88"/>
        <source>Nothing has happened on this card yet.</source>
        <translation>По этой карточке пока ничего не происходило.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="128"/>
        <source>The note was not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="65"/>
        <source>Register a call…</source>
        <translation>Зарегистрировать звонок…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="68"/>
        <source>Register an email…</source>
        <translation>Зарегистрировать письмо…</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="51"/>
        <source>Add a custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="60"/>
        <source>One choice a line</source>
        <translation>По одному варианту в строке</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="62"/>
        <source>Label:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="63"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="64"/>
        <source>Choices:</source>
        <translation>Варианты:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="32"/>
        <source>Full name</source>
        <translation>Наименование (ФИО)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="33"/>
        <source>Person or company</source>
        <translation>Физлицо или компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="34"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="35"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="36"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="37"/>
        <source>Middle name (patronymic)</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="38"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="39"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="40"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="41"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="42"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="43"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="44"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="45"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="46"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="47"/>
        <source>Main manager</source>
        <translation>Основной менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="48"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="49"/>
        <source>Interest: topic</source>
        <translation>Интерес: тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="50"/>
        <source>Interest: date</source>
        <translation>Интерес: дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="51"/>
        <source>Interest: expected revenue</source>
        <translation>Интерес: ожидаемая выручка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="52"/>
        <source>Interest: description</source>
        <translation>Интерес: описание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="53"/>
        <source>Interest: planned activity</source>
        <translation>Интерес: запланированная активность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="54"/>
        <source>Interest: activity date</source>
        <translation>Интерес: дата активности</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="91"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="92"/>
        <source>Fields every card shows below its own, in this order.</source>
        <translation>Поля, которые каждая карточка показывает после своих, в этом порядке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="164"/>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="100"/>
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="102"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="103"/>
        <source>Choices…</source>
        <translation>Варианты…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="104"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="105"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="106"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="153"/>
        <source>Rename field</source>
        <translation>Переименовать поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="153"/>
        <source>New label:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="165"/>
        <source>Choices of “{0}”, one a line:</source>
        <translation>Варианты поля «{0}», по одному в строке:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="184"/>
        <source>Delete field</source>
        <translation>Удаление поля</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="186"/>
        <source>Delete the field “{0}” from every card? The values of %n client(s) go with it.</source>
        <translation>
            <numerusform>Удалить поле «{0}» из всех карточек? Вместе с ним удалятся значения %n клиента.</numerusform>
            <numerusform>Удалить поле «{0}» из всех карточек? Вместе с ним удалятся значения %n клиентов.</numerusform>
            <numerusform>Удалить поле «{0}» из всех карточек? Вместе с ним удалятся значения %n клиентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="45"/>
        <source>Save import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="47"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="56"/>
        <source>Template saved to {0}</source>
        <translation>Шаблон сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="62"/>
        <source>Load demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="63"/>
        <source>How many demo clients should be added?</source>
        <translation>Сколько демо-клиентов добавить?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="86"/>
        <source>Added %Ln demo client(s) in {0:.1f} s</source>
        <translation>
            <numerusform>Добавлен %Ln демо-клиент за {0:.1f} с</numerusform>
            <numerusform>Добавлено %Ln демо-клиента за {0:.1f} с</numerusform>
            <numerusform>Добавлено %Ln демо-клиентов за {0:.1f} с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="89"/>
        <source> (stopped early)</source>
        <translation> (остановлено досрочно)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="97"/>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="97"/>
        <source>Adding %Ln demo client(s)…</source>
        <translation>
            <numerusform>Добавление %Ln демо-клиента…</numerusform>
            <numerusform>Добавление %Ln демо-клиентов…</numerusform>
            <numerusform>Добавление %Ln демо-клиентов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="50"/>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="51"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="52"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="53"/>
        <source>Comment…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="54"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="86"/>
        <source>Drop files here to attach them. Files up to {0} each.</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их. Размер каждого файла — до {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="126"/>
        <source>Double-click to open</source>
        <translation>Двойной щелчок — открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="131"/>
        <source>Double-click to edit the comment</source>
        <translation>Двойной щелчок — изменить комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="169"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="191"/>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не прикреплены</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="205"/>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="211"/>
        <source>The file cannot be opened</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="212"/>
        <source>No program is set up to open {0}. It was saved to {1}.</source>
        <translation>Не настроена программа для открытия {0}. Файл сохранён в {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="223"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="231"/>
        <source>The file was not saved</source>
        <translation>Файл не сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="241"/>
        <source>Comment on {0}</source>
        <translation>Комментарий к {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="241"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="250"/>
        <source>Delete the file {0} from this card? This cannot be undone.</source>
        <translation>Удалить файл {0} из этой карточки? Восстановить его будет невозможно.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="251"/>
        <source>Delete file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="254"/>
        <source>The file was not deleted</source>
        <translation>Файл не удалён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="264"/>
        <source>The comment was not saved</source>
        <translation>Комментарий не сохранён</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="27"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="28"/>
        <source>Leads and clients</source>
        <translation>Лиды и клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="29"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="30"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="31"/>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="32"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="33"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="34"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="39"/>
        <source>Click to show all clients again</source>
        <translation>Нажмите, чтобы снова показать всех клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="42"/>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="47"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="74"/>
        <source>Any manager</source>
        <translation>Любой менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="75"/>
        <source>Nobody responsible</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="78"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="79"/>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="79"/>
        <source>Not in a group</source>
        <translation>Вне групп</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="80"/>
        <source>Any queue</source>
        <translation>Любая очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="80"/>
        <source>Not in a queue</source>
        <translation>Вне очередей</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="138"/>
        <source>Import #{0}  ✕</source>
        <translation>Импорт № {0}  ✕</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="23"/>
        <source>Which clients</source>
        <translation>Какие клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="35"/>
        <source>S&amp;tage:</source>
        <translation>Стади&amp;я:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="36"/>
        <source>&amp;Responsible manager:</source>
        <translation>&amp;Ответственный менеджер:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="37"/>
        <source>T&amp;ag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="38"/>
        <source>&amp;Group (with subgroups):</source>
        <translation>&amp;Группа (с подгруппами):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="39"/>
        <source>&amp;Queue:</source>
        <translation>Оч&amp;ередь:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="46"/>
        <source>t&amp;o</source>
        <translation>&amp;и по</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="50"/>
        <source>Card &amp;created from:</source>
        <translation>Карточка со&amp;здана с:</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="42"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="43"/>
        <source>A group may hold subgroups; a client belongs to one group at most.</source>
        <translation>В группе могут быть подгруппы; клиент состоит не более чем в одной группе.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="47"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="47"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="52"/>
        <source>Add group…</source>
        <translation>Добавить группу…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="55"/>
        <source>Add subgroup…</source>
        <translation>Добавить подгруппу…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="57"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="58"/>
        <source>Move to…</source>
        <translation>Переместить в…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="59"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="100"/>
        <source>Name of the new group inside “{0}”:</source>
        <translation>Название новой группы внутри «{0}»:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="102"/>
        <source>Name of the new group:</source>
        <translation>Название новой группы:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="104"/>
        <source>Add group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="115"/>
        <source>Rename group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="115"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="124"/>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="131"/>
        <source>Move group</source>
        <translation>Перемещение группы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="132"/>
        <source>Move “{0}” into:</source>
        <translation>Переместить «{0}» в:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="146"/>
        <source>Delete group</source>
        <translation>Удаление группы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="146"/>
        <source>Delete the group “{0}”?</source>
        <translation>Удалить группу «{0}»?</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/help/guide_dialog.py" line="16"/>
        <source>desktop-crm user guide</source>
        <translation>Руководство пользователя desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/guide_dialog.py" line="23"/>
        <source>The user guide is not installed.</source>
        <translation>Руководство пользователя не установлено.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="111"/>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="112"/>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="113"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="114"/>
        <source>Deal client</source>
        <translation>Клиент сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="115"/>
        <source>Import undo</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="117"/>
        <source>Merged with</source>
        <translation>Объединён с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="118"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="121"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="122"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="43"/>
        <source>Undo of import #{0} «{1}»</source>
        <translation>Отмена импорта №{0} «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="46"/>
        <source>Undo of import #{0}</source>
        <translation>Отмена импорта №{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="48"/>
        <source>Import #{0} «{1}»</source>
        <translation>Импорт №{0} «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="49"/>
        <source>Import #{0}</source>
        <translation>Импорт №{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="116"/>
        <source>Bulk edit</source>
        <translation>Массовое изменение</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="142"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="182"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="211"/>
        <source>{0} imports, newest first.</source>
        <translation>Импортов: {0}, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="213"/>
        <source>No import has been run yet.</source>
        <translation>Импорт ещё не выполнялся.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="158"/>
        <source>a client with this phone, email or name exists already (or earlier in the file)</source>
        <translation>клиент с таким телефоном, почтой или наименованием уже есть (в базе или выше в файле)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="162"/>
        <source>a value has the wrong format</source>
        <translation>значение в неверном формате</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="163"/>
        <source>the phone cell is empty</source>
        <translation>не заполнена ячейка телефона</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="164"/>
        <source>no value in any matched column</source>
        <translation>все сопоставленные колонки пусты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="165"/>
        <source>no name, phone or email</source>
        <translation>нет ни наименования, ни телефона, ни почты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="166"/>
        <source>no such client to update</source>
        <translation>нет такого клиента для обновления</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="167"/>
        <source>the row is empty</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="168"/>
        <source>the client has these values already</source>
        <translation>у клиента уже эти значения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="174"/>
        <source>its card was changed after the import</source>
        <translation>его карточку изменили после импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="175"/>
        <source>contact persons were added to it</source>
        <translation>к нему добавили контактных лиц</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="176"/>
        <source>clients that stay are attached to it</source>
        <translation>к нему прикреплены остающиеся клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="177"/>
        <source>notes were written on it</source>
        <translation>в нём написали заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="178"/>
        <source>files were attached to it</source>
        <translation>к нему приложили файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="179"/>
        <source>it has deals made after the import, or the import&apos;s deal was worked on</source>
        <translation>у него есть сделки, созданные после импорта, или по сделке из импорта уже работали</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="182"/>
        <source>it is in a task</source>
        <translation>он есть в задаче</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="183"/>
        <source>calls or emails are linked to it</source>
        <translation>к нему привязаны звонки или письма</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="53"/>
        <source>Import clients from file</source>
        <translation>Импорт клиентов из файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="138"/>
        <source>Cancel the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="140"/>
        <source>Stop the import? Everything it did so far is rolled back; nothing is kept.</source>
        <translation>Остановить импорт? Всё, что он успел сделать, будет отменено; ничего не сохранится.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="205"/>
        <source>Add</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="206"/>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="207"/>
        <source>Add + Update</source>
        <translation>Добавление + обновление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="210"/>
        <source>Only create clients; a row whose client exists already fails as not unique.</source>
        <translation>Только создавать клиентов; строка с уже существующим клиентом — ошибка «не уникален».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="214"/>
        <source>Only update clients found by the duplicate search; other rows fail as not found.</source>
        <translation>Только обновлять клиентов, найденных поиском дублей; остальные строки — ошибка «не найден».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="218"/>
        <source>Update the clients that are found and create the others.</source>
        <translation>Найденных клиентов обновить, остальных создать.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="223"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="224"/>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="225"/>
        <source>Cancelled</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="226"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="227"/>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="228"/>
        <source>Checked only</source>
        <translation>Только проверка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="232"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="233"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="234"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="235"/>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="236"/>
        <source>choice from a list</source>
        <translation>выбор из списка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="17"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="19"/>
        <source>{0} min {1} s</source>
        <translation>{0} мин {1} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="22"/>
        <source>{0} h {1} min</source>
        <translation>{0} ч {1} мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="40"/>
        <source>{0} of {1} rows</source>
        <translation>строк: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="45"/>
        <source>{0} rows</source>
        <translation>строк: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="49"/>
        <source>{0} rows/s</source>
        <translation>{0} строк/с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="53"/>
        <source>about {0} left</source>
        <translation>осталось около {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="164"/>
        <source>Import #{0} was undone: the list shows all clients again.</source>
        <translation>Импорт №{0} отменён: список снова показывает всех клиентов.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="68"/>
        <source>Set client…</source>
        <translation>Указать клиента…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="72"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="79"/>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="94"/>
        <source>missed</source>
        <translation>пропущенный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="101"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="103"/>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="108"/>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="110"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/__init__.py" line="19"/>
        <source>Calls and emails linked to clients: %1 of %2.</source>
        <translation>Звонков и писем привязано к клиентам: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="34"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="36"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="37"/>
        <source>Other side</source>
        <translation>Другая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="38"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="39"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="40"/>
        <source>Linked</source>
        <translation>Привязано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="41"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="42"/>
        <source>Registered by</source>
        <translation>Зарегистрировал</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="63"/>
        <source>missed</source>
        <translation>пропущенный</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="14"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="16"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="22"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="24"/>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="30"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="31"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="32"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="50"/>
        <source>not linked</source>
        <translation>не привязано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="52"/>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="54"/>
        <source>automatically</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="57"/>
        <source>(several cards matched)</source>
        <translation>(подошло несколько карточек)</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="80"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="81"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="82"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="83"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="84"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="85"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="86"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="87"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="88"/>
        <source>Failed</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="89"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="99"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="100"/>
        <source>pasted table</source>
        <translation>вставленная таблица</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="77"/>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="125"/>
        <source>Calls and emails</source>
        <translation>Звонки и письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="116"/>
        <source>Linked or not</source>
        <translation>Привязанные и нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="117"/>
        <source>Linked</source>
        <translation>Привязанные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="118"/>
        <source>Not linked</source>
        <translation>Не привязанные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="119"/>
        <source>Several cards matched</source>
        <translation>Подошло несколько карточек</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="126"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="127"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="133"/>
        <source>Both ways</source>
        <translation>Оба направления</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="134"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="135"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="170"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="171"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="172"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="173"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="174"/>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="142"/>
        <source>Anyone</source>
        <translation>Любой пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="146"/>
        <source>Search an address, number or subject…</source>
        <translation>Поиск по адресу, номеру или теме…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="175"/>
        <source>Custom period</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="179"/>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="181"/>
        <source>Last day of the period (included)</source>
        <translation>Последний день периода (включительно)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="217"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="218"/>
        <source>Set client…</source>
        <translation>Указать клиента…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="219"/>
        <source>Link now</source>
        <translation>Привязать сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="221"/>
        <source>Register a call…</source>
        <translation>Зарегистрировать звонок…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="222"/>
        <source>Register an email…</source>
        <translation>Зарегистрировать письмо…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="262"/>
        <source>%n call(s) and email(s)</source>
        <translation>
            <numerusform>%n звонок и письмо</numerusform>
            <numerusform>%n звонка и письма</numerusform>
            <numerusform>%n звонков и писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="322"/>
        <source>Linked %1 of %2.</source>
        <translation>Привязано %1 из %2.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../desktop_crm/ui/locale_format.py" line="21"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/locale_format.py" line="22"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/locale_format.py" line="23"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/locale_format.py" line="32"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="31"/>
        <source>Sign in to the team base</source>
        <translation>Вход в командную базу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="38"/>
        <source>Remember me on this computer</source>
        <translation>Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="50"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="51"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="52"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="57"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="80"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>MailFetch</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="54"/>
        <source>Removed the mail account {0}</source>
        <translation>Почтовая учётная запись {0} удалена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="77"/>
        <source>Fetch mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="77"/>
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="83"/>
        <source>Fetched %Ln message(s): {0} new, {1} linked to clients</source>
        <translation>
            <numerusform>Получено %Ln письмо: новых {0}, привязано к клиентам {1}</numerusform>
            <numerusform>Получено %Ln письма: новых {0}, привязано к клиентам {1}</numerusform>
            <numerusform>Получено %Ln писем: новых {0}, привязано к клиентам {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="86"/>
        <source> (stopped early; the next fetch goes on from there)</source>
        <translation> (остановлено раньше; следующее получение продолжит с этого места)</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="36"/>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="62"/>
        <source>Import mail files</source>
        <translation>Импорт писем</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="38"/>
        <source>Mail (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>Письма (*.eml *.msg *.mbox);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="44"/>
        <source>Import a mail folder</source>
        <translation>Импорт папки с письмами</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="61"/>
        <source>Mail import cancelled</source>
        <translation>Импорт писем отменён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="62"/>
        <source>Reading mail…</source>
        <translation>Чтение писем…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="70"/>
        <source>Messages read: {0}. Imported: {1}, already there: {2}, damaged or without a date: {3}. Linked to cards: {4}.</source>
        <translation>Прочитано писем: {0}. Импортировано: {1}, уже были: {2}, повреждены или без даты: {3}. Связано с карточками: {4}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="78"/>
        <source>Mail imported</source>
        <translation>Письма импортированы</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="92"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="94"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="105"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="107"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="108"/>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="109"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="111"/>
        <source>&amp;Assign responsible…</source>
        <translation>Назн&amp;ачить ответственного…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="112"/>
        <source>Add &amp;tag…</source>
        <translation>&amp;Добавить тег…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="113"/>
        <source>Re&amp;move tag…</source>
        <translation>&amp;Снять тег…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="114"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="116"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Колонки…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="117"/>
        <source>Manage tags…</source>
        <translation>Управление тегами…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="118"/>
        <source>Manage groups…</source>
        <translation>Управление группами…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="122"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Маркетинг</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="126"/>
        <source>&amp;Import clients from file…</source>
        <translation>&amp;Импорт клиентов из файла…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="131"/>
        <source>Import &amp;history…</source>
        <translation>Ис&amp;тория импорта…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="134"/>
        <source>Save import &amp;template…</source>
        <translation>Сохранить &amp;шаблон импорта…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="136"/>
        <source>Load &amp;demo data…</source>
        <translation>Загрузить &amp;демо-данные…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="140"/>
        <source>C&amp;ontrol</source>
        <translation>К&amp;онтроль</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="144"/>
        <source>&amp;Contact info completeness…</source>
        <translation>Контроль заполнения &amp;контактной информации…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="149"/>
        <source>&amp;Properties completeness…</source>
        <translation>Контроль заполнения &amp;свойств…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="152"/>
        <source>&amp;Full-name control…</source>
        <translation>Контроль заполнения &amp;ФИО…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="155"/>
        <source>&amp;Registration control…</source>
        <translation>Контроль &amp;регистрации…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="159"/>
        <source>D&amp;uplicates in the base…</source>
        <translation>&amp;Дубли в базе…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="164"/>
        <location filename="../../desktop_crm/ui/menus.py" line="207"/>
        <source>Execution &amp;discipline report…</source>
        <translation>Справка об &amp;исполнительской дисциплине…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="170"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="173"/>
        <source>&amp;Register a call…</source>
        <translation>&amp;Зарегистрировать звонок…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="184"/>
        <source>&amp;Fetch mail (IMAP)…</source>
        <translation>Получить по&amp;чту (IMAP)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="185"/>
        <source>Import &amp;call log…</source>
        <translation>Импорт &amp;журнала звонков…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="189"/>
        <source>&amp;Link calls and emails to clients now</source>
        <translation>&amp;Связать звонки и письма с клиентами сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="192"/>
        <source>Linking &amp;schedule…</source>
        <translation>&amp;Расписание связывания…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="196"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="198"/>
        <source>&amp;My tasks</source>
        <translation>&amp;Мои задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="199"/>
        <source>&amp;All tasks</source>
        <translation>&amp;Все задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="203"/>
        <source>&amp;Reports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="213"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="215"/>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="216"/>
        <source>&amp;Custom fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="217"/>
        <source>&amp;Database…</source>
        <translation>&amp;База данных…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="218"/>
        <source>&amp;Preferences…</source>
        <translation>Па&amp;раметры…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="222"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="231"/>
        <source>&amp;About desktop-crm</source>
        <translation>&amp;О программе desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="232"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="46"/>
        <source>one list of every tag, to rename or merge tags.</source>
        <translation>список всех меток, чтобы переименовывать и объединять их.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="47"/>
        <source>the tree of client groups, to add and move groups.</source>
        <translation>дерево групп клиентов, чтобы добавлять и перемещать группы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="50"/>
        <source>note a phone call on a client&apos;s card by hand.</source>
        <translation>записать звонок в карточку клиента вручную.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="51"/>
        <source>show saved emails on the cards of the clients who wrote them.</source>
        <translation>показать сохранённые письма в карточках клиентов, которые их написали.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="54"/>
        <source>fetch your mail and show it on the clients&apos; cards.</source>
        <translation>получить вашу почту и показать её в карточках клиентов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="57"/>
        <source>show the calls of your phone system&apos;s log on the clients&apos; cards.</source>
        <translation>показать звонки из журнала вашей телефонии в карточках клиентов.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="60"/>
        <source>find the client of each call and email by number and address.</source>
        <translation>найти клиента каждого звонка и письма по номеру и адресу.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="63"/>
        <source>link calls and emails to clients by itself, at times you choose.</source>
        <translation>привязывать звонки и письма к клиентам самостоятельно, в выбранное вами время.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="66"/>
        <source>the tasks given to you, with the clients to fix in each.</source>
        <translation>ваши задачи и клиенты, которых в них нужно поправить.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="69"/>
        <source>every person&apos;s tasks, to follow them up.</source>
        <translation>задачи всех сотрудников, чтобы следить за ними.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="70"/>
        <source>add people and choose their roles and groups.</source>
        <translation>добавлять людей и выбирать их роли и группы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="71"/>
        <source>add fields of your own to the client card.</source>
        <translation>добавлять свои поля в карточку клиента.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="72"/>
        <source>choose the database file or the team&apos;s server.</source>
        <translation>выбрать файл базы или сервер команды.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="73"/>
        <source>the interface language and other choices of yours.</source>
        <translation>язык интерфейса и другие ваши настройки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="176"/>
        <source>Import &amp;mail files (.eml, .msg, .mbox)…</source>
        <translation>Импорт &amp;писем (.eml, .msg, .mbox)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="181"/>
        <source>Import a mail f&amp;older…</source>
        <translation>Импорт п&amp;апки с письмами…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="283"/>
        <source>Not available yet: {0}</source>
        <translation>Пока недоступно: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="286"/>
        <source>Not available yet: this part of desktop-crm is still being built.</source>
        <translation>Пока недоступно: эта часть desktop-crm ещё в разработке.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="172"/>
        <source>Calls and &amp;emails…</source>
        <translation>&amp;Все звонки и письма…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="226"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/database_name.py" line="16"/>
        <source>SQLite: in memory</source>
        <translation>SQLite: в памяти</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="66"/>
        <source>desktop-crm — {0}</source>
        <translation>desktop-crm — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="73"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="151"/>
        <source>The database in use</source>
        <translation>Используемая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="153"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="155"/>
        <source>Signed in as {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="282"/>
        <source>%Ln client(s) in the base</source>
        <translation>
            <numerusform>%Ln клиент в базе</numerusform>
            <numerusform>%Ln клиента в базе</numerusform>
            <numerusform>%Ln клиентов в базе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="48"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="73"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="75"/>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="76"/>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="77"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="82"/>
        <source>Create task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="127"/>
        <source>Choose the client from the list, or leave it empty.</source>
        <translation>Выберите клиента из списка или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="64"/>
        <source>Match the columns to card fields</source>
        <translation>Сопоставление колонок с полями карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="67"/>
        <source>Only matched columns are imported. Fields in bold identify a client: match at least one of them.</source>
        <translation>Импортируются только сопоставленные колонки. Поля, выделенные жирным, определяют клиента: сопоставьте хотя бы одно из них.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="66"/>
        <source>&amp;Save matching as…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="70"/>
        <source>A named matching in the base…</source>
        <translation>Именованное сопоставление в базе…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="73"/>
        <source>A file…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="82"/>
        <source>&amp;Load matching</source>
        <translation>&amp;Загрузить сопоставление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="86"/>
        <source>From a file…</source>
        <translation>Из файла…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="89"/>
        <source>A named matching from the base…</source>
        <translation>Именованное сопоставление из базы…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="120"/>
        <source>Column in the file</source>
        <translation>Колонка файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="120"/>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="120"/>
        <source>Card field</source>
        <translation>Поле карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="131"/>
        <source>Add a custom field…</source>
        <translation>Добавить дополнительное поле…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="134"/>
        <source>Add a field called “{0}” to every card and match this column to it</source>
        <translation>Добавить в карточку поле «{0}» и сопоставить с ним эту колонку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="153"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="172"/>
        <source>Required: at least one of {0}.</source>
        <translation>Обязательно: хотя бы одно из полей {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="219"/>
        <source>also chosen for “{0}”</source>
        <translation>уже выбрано для «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="223"/>
        <source>ignored</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="231"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="233"/>
        <source>suggested ({0}% alike)</source>
        <translation>предложено (сходство {0}%)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="242"/>
        <source>Not imported ({0}): {1}</source>
        <translation>Не импортируются ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="245"/>
        <source>Every column is imported.</source>
        <translation>Импортируются все колонки.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="253"/>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="277"/>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="295"/>
        <source>Save matching</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="278"/>
        <source>Name of the matching (an existing one of that name is replaced):</source>
        <translation>Название сопоставления (сопоставление с таким же названием будет заменено):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="290"/>
        <source>Matching saved as “{0}”.</source>
        <translation>Сопоставление сохранено как «{0}».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="297"/>
        <source>Matching (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="306"/>
        <source>{0} cannot be written: {1}.</source>
        <translation>Не удаётся записать {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="309"/>
        <source>Matching saved to {0}.</source>
        <translation>Сопоставление сохранено в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="321"/>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="326"/>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="340"/>
        <source>Load matching</source>
        <translation>Загрузка сопоставления</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="322"/>
        <source>No matching has been saved in the base yet.</source>
        <translation>В базе пока нет сохранённых сопоставлений.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="326"/>
        <source>Saved matching:</source>
        <translation>Сохранённое сопоставление:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="340"/>
        <source>Matching (*.json);;All files (*)</source>
        <translation>Сопоставление (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="61"/>
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>Объединение %n карточки</numerusform>
            <numerusform>Объединение %n карточек</numerusform>
            <numerusform>Объединение %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="65"/>
        <source>Choose the card that stays, then click the value it should keep in any row; the kept values are green. Everything else of the other cards moves to it, and the other cards are deleted. A merge can be undone.</source>
        <translation>Выберите карточку, которая останется, затем щёлкните в любой строке значение, которое она сохранит; сохраняемые значения — зелёные. Всё остальное из других карточек переходит к ней, а другие карточки удаляются. Объединение можно отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="78"/>
        <source>Reading the cards…</source>
        <translation>Читаем карточки…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="84"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="120"/>
        <source>Card that stays</source>
        <translation>Остаётся карточка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="125"/>
        <source>Keep #{0}</source>
        <translation>Оставить №{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="179"/>
        <source>The card that stays keeps this value</source>
        <translation>Остающаяся карточка сохранит это значение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="194"/>
        <source>{0} will be merged into #{1} and deleted.</source>
        <translation>{0} будут объединены с №{1} и удалены.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="214"/>
        <source>Merging…</source>
        <translation>Объединяем…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="227"/>
        <source>{0} merged into #{1} (merge #{2})</source>
        <translation>{0} объединены с №{1} (объединение №{2})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="14"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="15"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="16"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="17"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="18"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="19"/>
        <source>Calls and emails</source>
        <translation>Звонки и письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="20"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="23"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="24"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="25"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
</context>
<context>
    <name>MergesWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="41"/>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>Kept</source>
        <translation>Оставлена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>Merged</source>
        <translation>Объединены</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="54"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Отменить объединение</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="81"/>
        <source>{0} (undone)</source>
        <translation>{0} (отменено)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="85"/>
        <source>%n merge(s)</source>
        <translation>
            <numerusform>%n объединение</numerusform>
            <numerusform>%n объединения</numerusform>
            <numerusform>%n объединений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="114"/>
        <source>Merge #{0} undone: {1} are back</source>
        <translation>Объединение №{0} отменено: {1} снова на месте</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/message_bar.py" line="45"/>
        <source>Click to close</source>
        <translation>Щёлкните, чтобы закрыть</translation>
    </message>
</context>
<context>
    <name>MissingChoice</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="43"/>
        <source>Partia&amp;lly: some of them are missing</source>
        <translation>&amp;Частично: не хватает чего-то из выбранного</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="44"/>
        <source>F&amp;ully: all of them are missing</source>
        <translation>По&amp;лностью: не хватает всего выбранного</translation>
    </message>
</context>
<context>
    <name>NamesForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="212"/>
        <source>Finds the people whose full name is set while the last, first and middle names are empty, and proposes a split for each: sure or doubtful.</source>
        <translation>Находит людей, у которых указано полное имя, а фамилия, имя и отчество пусты, и предлагает разбор для каждого: уверенный или сомнительный.</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="39"/>
        <source>&amp;Apply the sure ones</source>
        <translation>&amp;Применить уверенные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="41"/>
        <source>&amp;Undo the split</source>
        <translation>&amp;Отменить разбор</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="61"/>
        <source>%n sure split(s) can be written at once.</source>
        <translation>
            <numerusform>%n уверенный разбор можно записать сразу.</numerusform>
            <numerusform>%n уверенных разбора можно записать сразу.</numerusform>
            <numerusform>%n уверенных разборов можно записать сразу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="81"/>
        <source>%n name(s) split. This can be undone (bulk edit #{0}).</source>
        <translation>
            <numerusform>Разобрано %n имя. Это можно отменить (массовое изменение №{0}).</numerusform>
            <numerusform>Разобрано %n имени. Это можно отменить (массовое изменение №{0}).</numerusform>
            <numerusform>Разобрано %n имён. Это можно отменить (массовое изменение №{0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="88"/>
        <source>Splitting the names…</source>
        <translation>Разбор имён…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="102"/>
        <source>Split undone: %n card(s) as they were.</source>
        <translation>
            <numerusform>Разбор отменён: %n карточка как была.</numerusform>
            <numerusform>Разбор отменён: %n карточки как были.</numerusform>
            <numerusform>Разбор отменён: %n карточек как были.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="106"/>
        <source>Undoing the split…</source>
        <translation>Отмена разбора…</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="90"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="123"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="124"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="126"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="127"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="130"/>
        <source>Last name First name Middle name, or company</source>
        <translation>Фамилия Имя Отчество или название компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="139"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="148"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="149"/>
        <source>Full name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="150"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="152"/>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="153"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="98"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="172"/>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="188"/>
        <source>A client needs a name.</source>
        <translation>У клиента должно быть наименование.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="191"/>
        <source>“{0}” is not a phone number.</source>
        <translation>«{0}» — это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="194"/>
        <source>“{0}” is not an email address.</source>
        <translation>«{0}» — это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="201"/>
        <source>Not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="202"/>
        <source>Not an email address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="265"/>
        <source>This client may be in the base already. Open the card, or create a new client anyway.</source>
        <translation>Возможно, этот клиент уже есть в базе. Откройте его карточку или всё равно создайте нового клиента.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../desktop_crm/ui/connection/banner.py" line="26"/>
        <source>The server is unreachable. Retrying…</source>
        <translation>Сервер недоступен. Повторяем попытки…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/connection/banner.py" line="33"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/connection/banner.py" line="50"/>
        <source>Last try at {0}</source>
        <translation>Последняя попытка в {0}</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="51"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="52"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="53"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="54"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="55"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="66"/>
        <source>Attach a person to this company on their card (“Company”).</source>
        <translation>Чтобы прикрепить человека к этой компании, укажите её в его карточке (поле «Компания»).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="93"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="93"/>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="102"/>
        <source>Double-click to open the card</source>
        <translation>Двойной щелчок — открыть карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="74"/>
        <source>Add contact person…</source>
        <translation>Добавить контактное лицо…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="75"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="76"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="138"/>
        <source>Add contact person</source>
        <translation>Новое контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="154"/>
        <source>Edit contact person</source>
        <translation>Изменение контактного лица</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="164"/>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="171"/>
        <source>Remove contact person</source>
        <translation>Удаление контактного лица</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="165"/>
        <source>Remove {0} and their phones and emails from this company?</source>
        <translation>Удалить {0} вместе с телефонами и адресами почты из этой компании?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="31"/>
        <source>Contact person: {0}</source>
        <translation>Контактное лицо: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="33"/>
        <source>New contact person</source>
        <translation>Новое контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="42"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="43"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="44"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="45"/>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="46"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>PhoneCountry</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/regions.py" line="48"/>
        <source>Without a country code: {0}</source>
        <translation>Без кода страны: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/regions.py" line="59"/>
        <source>“{0}” is not a number of {1}, but of {2}: {3}. If that is meant, type it with its country code.</source>
        <translation>«{0}» — номер не страны {1}, а страны {2}: {3}. Если имеется в виду он, введите его с кодом страны.</translation>
    </message>
</context>
<context>
    <name>PhoneRegionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="31"/>
        <source>Country of phone numbers</source>
        <translation>Страна телефонных номеров</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="37"/>
        <source>Phone numbers written without a country code will be read as numbers of this country in the whole base: on cards, in imports and in searches.</source>
        <translation>Номера, записанные без кода страны, будут считаться номерами этой страны во всей базе: в карточках, при импорте и в поиске.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="44"/>
        <source>An admin can change it later: desktop-crm settings region CODE.</source>
        <translation>Администратор может изменить её позже: desktop-crm settings region КОД.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="50"/>
        <source>&amp;Use this country</source>
        <translation>&amp;Использовать эту страну</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="51"/>
        <source>Ask me &amp;later</source>
        <translation>Спросить &amp;позже</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="70"/>
        <source>For example, a mobile number of {0}: {1}</source>
        <translation>Например, мобильный номер страны {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="70"/>
        <source>Preferences</source>
        <translation>Личные настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="70"/>
        <source>Your own settings on this computer.</source>
        <translation>Ваши собственные настройки на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="74"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="76"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="77"/>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="78"/>
        <source>Client list:</source>
        <translation>Список клиентов:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="80"/>
        <source>%n per page</source>
        <translation>
            <numerusform>по %n на странице</numerusform>
            <numerusform>по %n на странице</numerusform>
            <numerusform>по %n на странице</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="80"/>
        <source>Continuous scrolling</source>
        <translation>Непрерывная прокрутка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="82"/>
        <source>A card opens on:</source>
        <translation>Карточка открывается на вкладке:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="84"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="91"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="114"/>
        <source>The whole base</source>
        <translation>Вся база</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="115"/>
        <source>Set by an administrator for every user of the base.</source>
        <translation>Задаются администратором для всех пользователей базы.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="117"/>
        <source>Phone numbers&apos; country:</source>
        <translation>Страна телефонных номеров:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="124"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="125"/>
        <source>Largest attached file:</source>
        <translation>Наибольший прикрепляемый файл:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="126"/>
        <source>Names sort as in:</source>
        <translation>Имена по алфавиту языка:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="128"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="129"/>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="130"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="165"/>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="180"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="182"/>
        <source>Sorting names</source>
        <translation>Сортировка имён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="182"/>
        <source>Sorting the names anew…</source>
        <translation>Имена сортируются заново…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="53"/>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="56"/>
        <source>The whole file is run through the import without changing the base. Fix a failing row by editing the highlighted cell (double-click or F2).</source>
        <translation>Весь файл проходит через импорт без изменения базы. Исправьте строку с ошибкой, отредактировав выделенную ячейку (двойной щелчок или F2).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="61"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="42"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Остановить проверку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="44"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="47"/>
        <source>Run the whole file through the check again</source>
        <translation>Ещё раз проверить весь файл</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="62"/>
        <source>To create:</source>
        <translation>Создать:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="63"/>
        <source>To update:</source>
        <translation>Обновить:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="64"/>
        <source>Skipped:</source>
        <translation>Пропустить:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="65"/>
        <source>Failing:</source>
        <translation>С ошибками:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="111"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="159"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="181"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="201"/>
        <source>Stopped; rows checked: {0}. The run imports the whole file.</source>
        <translation>Остановлено; проверено строк: {0}. Импорт обработает весь файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="207"/>
        <source>Rows checked: {0} in {1:.1f} s</source>
        <translation>Проверено строк: {0} за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="237"/>
        <source>The check stopped because of an error inside desktop-crm; nothing was changed.</source>
        <translation>Проверка остановлена из-за внутренней ошибки desktop-crm; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="240"/>
        <source>The file cannot be imported as it is.</source>
        <translation>Файл нельзя импортировать в таком виде.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="286"/>
        <source>Failing rows:</source>
        <translation>Строки с ошибками:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="288"/>
        <source>The first {0} failing rows:</source>
        <translation>Первые строки с ошибками ({0}):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="291"/>
        <source>No row fails.</source>
        <translation>Строк с ошибками нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="362"/>
        <source>Discard your fixes</source>
        <translation>Отказаться от исправлений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="364"/>
        <source>You fixed %n row(s) by hand. Close the import and throw the fixes away?</source>
        <translation>
            <numerusform>Вы вручную исправили %n строку. Закрыть импорт и отказаться от исправлений?</numerusform>
            <numerusform>Вы вручную исправили %n строки. Закрыть импорт и отказаться от исправлений?</numerusform>
            <numerusform>Вы вручную исправили %n строк. Закрыть импорт и отказаться от исправлений?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="109"/>
        <source>Fields to check</source>
        <translation>Какие поля проверить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="120"/>
        <source>Check these &amp;fields (Space ticks one):</source>
        <translation>&amp;Поля для проверки (пробел отмечает):</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="42"/>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="44"/>
        <source>Clients put in a queue are seen only by its members. Choose a queue, then tick who belongs to it.</source>
        <translation>Клиентов, помещённых в очередь, видят только её участники. Выберите очередь и отметьте, кто в неё входит.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="53"/>
        <source>Members:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="56"/>
        <source>Queues:</source>
        <translation>Очереди:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="63"/>
        <source>Add queue…</source>
        <translation>Добавить очередь…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="64"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="65"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="78"/>
        <source>{0} (%n client(s))</source>
        <translation>
            <numerusform>{0} (%n клиент)</numerusform>
            <numerusform>{0} (%n клиента)</numerusform>
            <numerusform>{0} (%n клиентов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="115"/>
        <source>Add queue</source>
        <translation>Новая очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="115"/>
        <source>Name of the queue:</source>
        <translation>Название очереди:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="125"/>
        <source>Rename queue</source>
        <translation>Переименовать очередь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="125"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="137"/>
        <source>Delete queue</source>
        <translation>Удаление очереди</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="139"/>
        <source>Delete the queue “{0}”? Its %n client(s) stay and are seen by everybody.</source>
        <translation>
            <numerusform>Удалить очередь «{0}»? Её %n клиент останется в базе и будет виден всем.</numerusform>
            <numerusform>Удалить очередь «{0}»? Её %n клиента останутся в базе и будут видны всем.</numerusform>
            <numerusform>Удалить очередь «{0}»? Её %n клиентов останутся в базе и будут видны всем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="53"/>
        <source>Register a call</source>
        <translation>Регистрация звонка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="53"/>
        <source>Register an email</source>
        <translation>Регистрация письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="59"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="60"/>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="67"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="70"/>
        <source>Their number</source>
        <translation>Номер собеседника</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="70"/>
        <source>Their address</source>
        <translation>Адрес собеседника</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="75"/>
        <source>What was said or written</source>
        <translation>О чём говорили или писали</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="77"/>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="78"/>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="79"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="81"/>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="82"/>
        <source>Other side:</source>
        <translation>Другая сторона:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="83"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="84"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="158"/>
        <source>Calls and emails with no client</source>
        <translation>Звонки и письма без клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="163"/>
        <source>Incoming and outgoing</source>
        <translation>Входящие и исходящие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="164"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="165"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="171"/>
        <source>Calls and emails</source>
        <translation>Звонки и письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="172"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="173"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="178"/>
        <source>t&amp;o</source>
        <translation>&amp;и по</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="182"/>
        <source>Noted &amp;from:</source>
        <translation>Зарегистрированы &amp;с:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>На&amp;правление:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="187"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="391"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="392"/>
        <source>What the import did. Its details stay in the import history.</source>
        <translation>Что сделал импорт. Подробности сохраняются в истории импорта.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="86"/>
        <source>Groups of cards that look like one client. Merge… or a double-click shows the group side by side.</source>
        <translation>Группы карточек, похожих на одного клиента. «Объединить…» или двойной щелчок показывает группу рядом.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="89"/>
        <source>What the check found. Double-click a row to open the card.</source>
        <translation>Что нашла проверка. Двойной щелчок по строке открывает карточку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="95"/>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="114"/>
        <source>Checking the whole base…</source>
        <translation>Проверка всей базы…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="114"/>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="146"/>
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>Найдена %n группа дублей.</numerusform>
            <numerusform>Найдено %n группы дублей.</numerusform>
            <numerusform>Найдено %n групп дублей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="147"/>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="181"/>
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Найдена %n запись.</numerusform>
            <numerusform>Найдено %n записи.</numerusform>
            <numerusform>Найдено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="165"/>
        <source>Nothing found: nothing is missing. Press Finish.</source>
        <translation>Ничего не найдено: всё заполнено. Нажмите «Готово».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="178"/>
        <source>%n doubtful record(s) left for the tasks.</source>
        <translation>
            <numerusform>Для задач осталась %n сомнительная запись.</numerusform>
            <numerusform>Для задач остались %n сомнительные записи.</numerusform>
            <numerusform>Для задач осталось %n сомнительных записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="190"/>
        <source>The check was cancelled; nothing was kept. Go Back to run it again.</source>
        <translation>Проверка отменена; ничего не сохранено. Вернитесь назад, чтобы запустить её снова.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="120"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="122"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="123"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="124"/>
        <source>Failed</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="86"/>
        <source>Sa&amp;ve failed rows…</source>
        <translation>Со&amp;хранить строки с ошибками…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="89"/>
        <source>Show imported &amp;clients</source>
        <translation>Показать импортированных &amp;клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="92"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Отменить этот импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="150"/>
        <source>Choose an import to see its results.</source>
        <translation>Выберите импорт, чтобы увидеть его результаты.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="186"/>
        <source>import #{0}</source>
        <translation>импорт № {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="191"/>
        <source>by {0}</source>
        <translation>пользователь {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="195"/>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="206"/>
        <source>Columns not imported: {0}.</source>
        <translation>Не импортированы колонки: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="212"/>
        <source>{0} values were left empty (see the failed-rows details).</source>
        <translation>Значений оставлено пустыми: {0} (подробности — в строках с ошибками).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="217"/>
        <source>This import was undone.</source>
        <translation>Этот импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="245"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="271"/>
        <source>Save failed rows</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="247"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="267"/>
        <source>{0} failed rows saved to {1}.</source>
        <translation>Строки с ошибками ({0}) сохранены в {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="314"/>
        <source>Undo “{0}”? The {1} clients it created will be deleted and the {2} clients it updated get their old values back. Clients someone worked on since the import are kept as they are, and listed.</source>
        <translation>Отменить «{0}»? Созданные им клиенты ({1}) будут удалены, а обновлённым клиентам ({2}) вернутся прежние значения. Клиенты, с которыми после импорта работали, останутся как есть; их список будет показан.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="319"/>
        <source>Undo “{0}”? The {1} clients its rows created and the {2} companies it made for the Company column will be deleted, and the {3} clients it updated get their old values back. Clients someone worked on since the import are kept as they are, and listed.</source>
        <translation>Отменить «{0}»? Клиенты, созданные её строками ({1}), и компании, созданные по столбцу «Компания» ({2}), будут удалены, а обновлённые клиенты ({3}) получат прежние значения. Клиенты, с которыми после импорта кто-то работал, останутся как есть, и их список будет показан.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="333"/>
        <source>The import was undone: {0} clients and {1} companies of the Company column deleted, {2} restored, {3} kept.</source>
        <translation>Импорт отменён: удалено клиентов — {0}, компаний из столбца «Компания» — {1}, восстановлено — {2}, оставлено — {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="343"/>
        <source>The import was undone: {0} clients deleted, {1} restored, {2} kept.</source>
        <translation>Импорт отменён: удалено клиентов — {0}, восстановлено — {1}, оставлено — {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="351"/>
        <source>Kept, as someone worked on them since: {0}</source>
        <translation>Оставлены, потому что с ними после импорта работали: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="352"/>
        <source> and {0} more.</source>
        <translation> и ещё {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="290"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="294"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="308"/>
        <source>Undo this import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="358"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="374"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="121"/>
        <source>New companies</source>
        <translation>Новые компании</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="137"/>
        <source>Companies the import created for names in the Company column</source>
        <translation>Компании, созданные импортом для названий из столбца «Компания»</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="54"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="56"/>
        <source>The import is one unit of work: if it is cancelled, nothing is kept.</source>
        <translation>Импорт выполняется как единое целое: если его отменить, ничего не сохранится.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="59"/>
        <source>&amp;Results &gt;</source>
        <translation>&amp;Результаты &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="69"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="72"/>
        <source>&amp;Start again</source>
        <translation>Начать з&amp;аново</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="110"/>
        <source>Importing {0} (rows: {1}) as {2}, mode {3}.</source>
        <translation>Импорт {0} (строк: {1}): {2}, режим «{3}».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="170"/>
        <source>Rows imported: {0} in {1:.1f} s</source>
        <translation>Импортировано строк: {0} за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="199"/>
        <source>Nothing was changed in the base.</source>
        <translation>В базе ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="113"/>
        <source>leads</source>
        <translation>лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="113"/>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="119"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="157"/>
        <source>Cancelling: rolling back what was imported…</source>
        <translation>Отмена: откат импортированного…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="191"/>
        <source>The import was cancelled. Nothing was changed in the base.</source>
        <translation>Импорт отменён. В базе ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="195"/>
        <source>The import stopped: {0}</source>
        <translation>Импорт остановлен: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="197"/>
        <source>The import stopped because of an error inside desktop-crm.</source>
        <translation>Импорт остановлен из-за внутренней ошибки desktop-crm.</translation>
    </message>
</context>
<context>
    <name>SaveAddressOffer</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="98"/>
        <source>Save the address to the card?</source>
        <translation>Сохранить адрес в карточку?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="104"/>
        <source>No card holds this address or number yet. Save it to {0}, so that its other calls and emails, past and future, go to this card by themselves?</source>
        <translation>Этого адреса или номера ещё нет ни в одной карточке. Сохранить его в карточку «{0}», чтобы другие звонки и письма с него, прошлые и будущие, сами попадали в эту карточку?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="116"/>
        <source>The card: {0}</source>
        <translation>Карточка: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="118"/>
        <source>Contact person: {0}</source>
        <translation>Контактное лицо: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="120"/>
        <source>Address or number:</source>
        <translation>Адрес или номер:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="121"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="124"/>
        <source>Save to the card</source>
        <translation>Сохранить в карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="127"/>
        <source>Don&apos;t save</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="43"/>
        <source>Linking schedule</source>
        <translation>Расписание привязки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="48"/>
        <source>Link calls and emails to clients by themselves while the window is open</source>
        <translation>Привязывать звонки и письма к клиентам автоматически, пока окно открыто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="52"/>
        <source>Every</source>
        <translation>Каждые</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="55"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="57"/>
        <source>Daily at</source>
        <translation>Ежедневно в</translation>
    </message>
</context>
<context>
    <name>SetClientDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="43"/>
        <source>Set the client</source>
        <translation>Указать клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="50"/>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="70"/>
        <source>The card itself</source>
        <translation>Сама карточка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="53"/>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="54"/>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="56"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="57"/>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="58"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="59"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="60"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="68"/>
        <source>Preferences</source>
        <translation>Личные настройки</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="48"/>
        <source>How to import</source>
        <translation>Параметры импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="51"/>
        <source>Name the import, choose what it may change and how it recognises clients that are in the base already.</source>
        <translation>Назовите импорт, выберите, что он может изменять и как он узнаёт клиентов, которые уже есть в базе.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="67"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="77"/>
        <source>What this import is, to find it in the history later</source>
        <translation>Что это за импорт — чтобы потом найти его в истории</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="83"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="85"/>
        <source>Leads (potential clients)</source>
        <translation>Лиды (потенциальные клиенты)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="87"/>
        <source>Na&amp;me:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="88"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="89"/>
        <source>&amp;Import as:</source>
        <translation>Импортировать &amp;как:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="101"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="107"/>
        <source>&amp;Add</source>
        <translation>Добав&amp;ление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="108"/>
        <source>&amp;Update</source>
        <translation>Обно&amp;вление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="109"/>
        <source>A&amp;dd + Update</source>
        <translation>Добавление + о&amp;бновление</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="127"/>
        <source>Duplicates</source>
        <translation>Дубли</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="130"/>
        <source>&amp;Look for the client in the base, step by step:</source>
        <translation>&amp;Искать клиента в базе по шагам:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="136"/>
        <source>Al&amp;ways check one unique field:</source>
        <translation>Всегда проверять одно &amp;уникальное поле:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="147"/>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="148"/>
        <source>by email</source>
        <translation>по почте</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="149"/>
        <source>by name</source>
        <translation>по наименованию</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="188"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="193"/>
        <source>e.g. [11]: only 11-digit numbers pass</source>
        <translation>например, [11]: только 11 цифр</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="198"/>
        <source>e.g. [11]/-7+8 [10]/+7</source>
        <translation>например, [11]/-7+8 [10]/+7</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="201"/>
        <source>[11]/-7+8 replaces a leading 7 by 8 in 11-digit numbers; [10]/+7 puts 7 in front of 10-digit numbers; [11]/-8 drops a leading 8. Several rules apply in order.</source>
        <translation>[11]/-7+8 заменяет первую 7 на 8 в 11-значных номерах; [10]/+7 добавляет 7 перед 10-значными номерами; [11]/-8 убирает первую 8. Несколько правил применяются по порядку.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="209"/>
        <source>A row without a phone &amp;fails</source>
        <translation>Строка без телефона — о&amp;шибка</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="215"/>
        <source>Type a number to see what the rules make of it</source>
        <translation>Введите номер для проверки правил</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="222"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="223"/>
        <source>After the rules</source>
        <translation>После правил</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="224"/>
        <source>Stored as</source>
        <translation>Будет сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="233"/>
        <source>&amp;Validation rule:</source>
        <translation>Правило &amp;проверки:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="234"/>
        <source>&amp;Transformation rules:</source>
        <translation>Правила п&amp;реобразования:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="235"/>
        <source>Default &amp;region:</source>
        <translation>Р&amp;егион по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="238"/>
        <source>Tr&amp;y a number:</source>
        <translation>Попробовать но&amp;мер:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="244"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="253"/>
        <source>No group (or type Parent/Child)</source>
        <translation>Без группы (или Родитель/Дочерняя)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="261"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="262"/>
        <source>Resp&amp;onsible:</source>
        <translation>Отве&amp;тственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="263"/>
        <source>&amp;Queue:</source>
        <translation>О&amp;чередь:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="264"/>
        <source>Sales &amp;scenario:</source>
        <translation>С&amp;ценарий продаж:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="119"/>
        <source>Import of {0}, {1}</source>
        <translation>Импорт {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="148"/>
        <source>No queue: everyone sees them</source>
        <translation>Без очереди: их видят все</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="153"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="158"/>
        <source>The base has no sales scenarios yet.</source>
        <translation>В базе пока нет сценариев продаж.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="232"/>
        <source>refused: {0}</source>
        <translation>отклонён: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="178"/>
        <source>Numbers without a country code are read as numbers of this country. It starts as the base&apos;s phone country; a change here is for this import only.</source>
        <translation>Номера без кода страны считаются номерами этой страны. По умолчанию это страна телефонов базы; изменение здесь действует только на этот импорт.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="61"/>
        <source>Where are the clients?</source>
        <translation>Откуда импортировать клиентов?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="64"/>
        <source>Choose a file (Excel, OpenDocument, CSV or text separated by commas, semicolons, tabs or spaces), drop it here, or paste a table. One row is one client, one column one field.</source>
        <translation>Выберите файл (Excel, OpenDocument, CSV или текст с разделителями: запятая, точка с запятой, табуляция, пробел), перетащите его сюда или вставьте таблицу. Строка — клиент, колонка — поле.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="51"/>
        <source>From a &amp;file</source>
        <translation>Из &amp;файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="54"/>
        <source>From a &amp;pasted table</source>
        <translation>Из &amp;вставленной таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="61"/>
        <source>Save &amp;sample file…</source>
        <translation>Сохранить &amp;пример файла…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="64"/>
        <source>A file with the import&apos;s own columns and two example clients (IMP-2)</source>
        <translation>Файл с колонками импорта и двумя клиентами для примера (IMP-2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="83"/>
        <source>Choose a file, type its path or drop it here</source>
        <translation>Выберите файл, введите путь к нему или перетащите его сюда</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="87"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="101"/>
        <source>Copy the table in Excel or a text editor and paste it here (Ctrl+V).</source>
        <translation>Скопируйте таблицу в Excel или текстовом редакторе и вставьте её сюда (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="123"/>
        <source>First row holds column na&amp;mes</source>
        <translation>Первая строка — &amp;заголовки</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="131"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="132"/>
        <source>Sepa&amp;rator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="133"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="148"/>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="152"/>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="300"/>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="306"/>
        <source>Automatic</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="154"/>
        <source>comma ,</source>
        <translation>запятая ,</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="155"/>
        <source>semicolon ;</source>
        <translation>точка с запятой ;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="156"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="157"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="158"/>
        <source>bar |</source>
        <translation>черта |</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="117"/>
        <source>Choose the file to import</source>
        <translation>Выбор файла для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="118"/>
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="139"/>
        <source>Save sample file</source>
        <translation>Сохранить пример файла</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="141"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="153"/>
        <source>{0} cannot be written: {1}.</source>
        <translation>Не удаётся записать {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="156"/>
        <source>Sample file saved to {0}.</source>
        <translation>Пример файла сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="245"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="274"/>
        <source>The file could not be read because of an error inside desktop-crm.</source>
        <translation>Файл не прочитан из-за внутренней ошибки desktop-crm.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="298"/>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="304"/>
        <source>Automatic ({0})</source>
        <translation>Авто ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="322"/>
        <source>text table</source>
        <translation>текстовая таблица</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="323"/>
        <source>Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="324"/>
        <source>Excel 97-2003 workbook</source>
        <translation>книга Excel 97-2003</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="325"/>
        <source>OpenDocument spreadsheet</source>
        <translation>таблица OpenDocument</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="326"/>
        <source>vCard contacts</source>
        <translation>контакты vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="330"/>
        <source>encoding {0}</source>
        <translation>кодировка {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="332"/>
        <source>separated by {0}</source>
        <translation>разделитель {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="334"/>
        <source>sheet “{0}”</source>
        <translation>лист «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="335"/>
        <source>{0} columns</source>
        <translation>колонок: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="337"/>
        <source>about {0} rows</source>
        <translation>строк: около {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="338"/>
        <source>the first rows:</source>
        <translation>первые строки:</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../desktop_crm/ui/card/tags.py" line="116"/>
        <source>Remove the tag {0}</source>
        <translation>Снять тег {0}</translation>
    </message>
</context>
<context>
    <name>TagChipsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/card/tags.py" line="146"/>
        <source>Add tag… (Enter)</source>
        <translation>Добавить тег… (Enter)</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="27"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="28"/>
        <source>Tags are added to clients on their cards and in the list (Add tag…).</source>
        <translation>Теги добавляются клиентам в карточках и в списке («Добавить тег…»).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="31"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="31"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="33"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="34"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="35"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="66"/>
        <source>Rename tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="66"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="78"/>
        <source>Merge tags</source>
        <translation>Объединение тегов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="79"/>
        <source>Put “{0}” on its clients as:</source>
        <translation>Заменить у клиентов «{0}» на:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="93"/>
        <source>Delete tag</source>
        <translation>Удаление тега</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="94"/>
        <source>Delete the tag “{0}”? It comes off %n client(s).</source>
        <translation>
            <numerusform>Удалить тег «{0}»? Он снимется с %n клиента.</numerusform>
            <numerusform>Удалить тег «{0}»? Он снимется с %n клиентов.</numerusform>
            <numerusform>Удалить тег «{0}»? Он снимется с %n клиентов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskItems</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/item_model.py" line="38"/>
        <source>Client / contact person</source>
        <translation>Клиент / контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/item_model.py" line="39"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/item_model.py" line="40"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="28"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="29"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="30"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="31"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="32"/>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="33"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="76"/>
        <source>Overdue: the due date has passed</source>
        <translation>Просрочена: срок прошёл</translation>
    </message>
</context>
<context>
    <name>TaskListTab</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="68"/>
        <source>All tasks</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="68"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="70"/>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="73"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="108"/>
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln открытая задача</numerusform>
            <numerusform>%Ln открытые задачи</numerusform>
            <numerusform>%Ln открытых задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="110"/>
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln просрочена</numerusform>
            <numerusform>, %Ln просрочены</numerusform>
            <numerusform>, %Ln просрочено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="94"/>
        <source>&amp;Not done only</source>
        <translation>&amp;Только невыполненные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="99"/>
        <source>See again which items the base has fixed now</source>
        <translation>Проверить заново, какие пункты уже исправлены в базе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="101"/>
        <source>&amp;Close task</source>
        <translation>&amp;Закрыть задачу</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="104"/>
        <source>&amp;Open the client&apos;s card</source>
        <translation>Открыть &amp;карточку клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="132"/>
        <source>due {0}</source>
        <translation>срок {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="134"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="136"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="140"/>
        <source>{0} of %Ln item(s) done</source>
        <translation>
            <numerusform>выполнено {0} из %Ln пункта</numerusform>
            <numerusform>выполнено {0} из %Ln пунктов</numerusform>
            <numerusform>выполнено {0} из %Ln пунктов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="151"/>
        <source>Every item must be done first</source>
        <translation>Сначала должны быть выполнены все пункты</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="18"/>
        <source>Manual</source>
        <translation>Ручная</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="19"/>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="28"/>
        <source>Contact info</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="20"/>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="29"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="21"/>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="30"/>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="22"/>
        <source>Full names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="23"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="31"/>
        <source>Full-name control</source>
        <translation>Контроль ФИО</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="32"/>
        <source>Duplicates in the base</source>
        <translation>Дубликаты в базе</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="35"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="36"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="37"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="38"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="39"/>
        <source>client or contact person</source>
        <translation>клиент или контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="40"/>
        <source>last, first and middle name</source>
        <translation>фамилия, имя и отчество</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="41"/>
        <source>merge with its duplicate</source>
        <translation>объединить с дубликатом</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="68"/>
        <source>{0} (proposed: {1})</source>
        <translation>{0} (предложено: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="83"/>
        <source>{0} (done {1}%)</source>
        <translation>{0} (выполнено {1}%)</translation>
    </message>
</context>
<context>
    <name>TasksFeature</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="39"/>
        <source>Your open tasks (Tasks › My tasks)</source>
        <translation>Ваши открытые задачи (Задачи › Мои задачи)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="57"/>
        <source>All tasks</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="57"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="86"/>
        <source>Task added.</source>
        <translation>Задача добавлена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="98"/>
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln открытая задача</numerusform>
            <numerusform>%Ln открытые задачи</numerusform>
            <numerusform>%Ln открытых задач</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="43"/>
        <source>Add a user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="55"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="56"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="57"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="65"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="66"/>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="260"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="261"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="84"/>
        <source>On this computer&apos;s base a person is known by the login name they use to sign in to the operating system.</source>
        <translation>В базе на этом компьютере пользователь — это имя, под которым он входит в операционную систему.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="88"/>
        <source>In a shared base a person is known by their database login.</source>
        <translation>В общей базе пользователь — это его логин в базе данных.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="90"/>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="94"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="95"/>
        <source>Change role…</source>
        <translation>Сменить роль…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="96"/>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="128"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="109"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="109"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="128"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="151"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="151"/>
        <source>Role of {0}:</source>
        <translation>Роль пользователя {0}:</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/choose_pages.py" line="107"/>
        <source>Choose what to look for, then press Next to run the check.</source>
        <translation>Выберите, что искать, и нажмите «Далее», чтобы запустить проверку.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="93"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="68"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="61"/>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
</context>
</TS>
