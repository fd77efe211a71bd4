<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name />
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="61" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="61" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="61" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="61" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="69" />
        <source>(deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="76" />
        <source>lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="76" />
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="251" />
        <source>Add a custom field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="259" />
        <source>&amp;Label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="260" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="352" />
        <source>{0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="354" />
        <source>{0} min {1} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="355" />
        <source>{0} h {1} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="370" />
        <source>{0} of {1} rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="372" />
        <source>{0} rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="375" />
        <source>{0} rows/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="377" />
        <source>about {0} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_failures_model.py" line="99" />
        <source>Fixed: the client will be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_failures_model.py" line="101" />
        <source>Fixed: the client will be updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_failures_model.py" line="103" />
        <source>Fixed: the row will be skipped ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_failures_model.py" line="129" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_failures_model.py" line="131" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="97" />
        <source>desktop-crm cannot start</source>
        <translation>desktop-crm не может запуститься</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>CardFieldsForm</name>
    <message>
        <location filename="../../ui/card_fields.py" line="65" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="66" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="68" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="69" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="80" />
        <source>Detach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="81" />
        <source>Detach this client from the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="86" />
        <source>Attach to company: type its name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="120" />
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="121" />
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="124" />
        <source>Last name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="125" />
        <source>First name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="126" />
        <source>Middle name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="127" />
        <source>Position:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="128" />
        <source>Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="132" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="133" />
        <source>Phones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="134" />
        <source>Emails:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="135" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="136" />
        <source>Birth date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="138" />
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="139" />
        <source>Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="140" />
        <source>Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="141" />
        <source>Responsible:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="142" />
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="143" />
        <source>Additional fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="175" />
        <source>(no group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="179" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="182" />
        <source> (disabled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="232" />
        <source>#{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="281" />
        <source>The last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="282" />
        <source>The first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="283" />
        <source>The middle name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="284" />
        <source>The position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="285" />
        <source>The address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="286" />
        <source>The website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="290" />
        <source>{0} may be at most {1} characters long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="296" />
        <source>Birth date: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="305" />
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="308" />
        <source>The full name may be at most 500 characters long.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="132" />
        <source>Change the client of a deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="137" />
        <source>The deal “{0}” is now with {1}. Find the client it belongs to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="147" />
        <location filename="../../ui/card_deal_dialogs.py" line="170" />
        <source>No client chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="152" />
        <source>Move the deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="164" />
        <source>New client: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../ui/client_card.py" line="93" />
        <source>Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="94" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="95" />
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="96" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="158" />
        <location filename="../../ui/client_card.py" line="359" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="160" />
        <source>Save the card (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="163" />
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="164" />
        <source>Show the card as it is stored now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="166" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="188" />
        <source>Discard your unsaved changes and show the stored card?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="189" />
        <source>Reload the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="206" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="221" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="221" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="222" />
        <source>lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="222" />
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="224" />
        <source>changed {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="226" />
        <source> by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="310" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="318" />
        <source>Someone changed this card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="321" />
        <source>Reload their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="322" />
        <source>Save mine over theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="323" />
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="328" />
        <source>Reloaded: the card shows the stored version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="356" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="357" />
        <source>The card of {0} has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="360" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="361" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="382" />
        <source>Delete {0} for good, with notes, files, deals and history? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="384" />
        <source>Delete client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="390" />
        <source>The client was not deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="50" />
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="51" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="52" />
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="53" />
        <location filename="../../ui/client_table_model.py" line="73" />
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="54" />
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="55" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="56" />
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="57" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="58" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="59" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="60" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="61" />
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="62" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="63" />
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="64" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="65" />
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="68" />
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="69" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="72" />
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../ui/client_list.py" line="144" />
        <source>Search by name, phone, email or company  (Ctrl+F)</source>
        <translation>Поиск по имени, телефону, почте или компании  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="154" />
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="155" />
        <source>Choose the columns of the list</source>
        <translation>Выбрать колонки списка</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="158" />
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="194" />
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="196" />
        <source>Bring your client base in from a spreadsheet or a CSV file, or load demo clients to try the program out.</source>
        <translation>Загрузите базу клиентов из таблицы или CSV-файла или добавьте демо-клиентов, чтобы попробовать программу.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="202" />
        <source>Import a file…</source>
        <translation>Загрузить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="204" />
        <source>Load demo data…</source>
        <translation>Загрузить демо-данные…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="216" />
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="219" />
        <source>Clear search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="237" />
        <source>%n per page</source>
        <translation>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="238" />
        <source>Continuous scrolling</source>
        <translation>Непрерывная прокрутка</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="240" />
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="241" />
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="244" />
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="245" />
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="298" />
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="306" />
        <source>Assign responsible…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="312" />
        <source>Add tag…</source>
        <translation>Добавить тег…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="315" />
        <source>Remove tag…</source>
        <translation>Снять тег…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="321" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="328" />
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="334" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="353" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Добавить клиента (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="410" />
        <source>Found: %Ln or more clients, counting…</source>
        <translation>
            <numerusform>Найдено: %Ln клиент или больше, подсчёт…</numerusform>
            <numerusform>Найдено: %Ln клиента или больше, подсчёт…</numerusform>
            <numerusform>Найдено: %Ln клиентов или больше, подсчёт…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="414" />
        <source>Found: %Ln client(s)</source>
        <translation>
            <numerusform>Найдено: %Ln клиент</numerusform>
            <numerusform>Найдено: %Ln клиента</numerusform>
            <numerusform>Найдено: %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="416" />
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="423" />
        <source>No client matches “{0}”{1}. Check the spelling, or search by a part of the name, phone or email.</source>
        <translation>Нет клиентов по запросу «{0}»{1}. Проверьте написание или ищите по части имени, телефона или почты.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="427" />
        <source> with these filters</source>
        <translation> с этими фильтрами</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="431" />
        <source>No client matches these filters.</source>
        <translation>Нет клиентов с этими фильтрами.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="432" />
        <source>Found: 0 clients</source>
        <translation>Найдено: 0 клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="435" />
        <source>No clients</source>
        <translation>Нет клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="437" />
        <location filename="../../ui/client_list.py" line="444" />
        <source>The list could not be read: {0}</source>
        <translation>Не удалось прочитать список: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="482" />
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="484" />
        <source>Page {0} of {1} or more</source>
        <translation>Страница {0} из {1} или больше</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="521" />
        <source>%Ln selected</source>
        <translation>
            <numerusform>Выделен %Ln</numerusform>
            <numerusform>Выделено %Ln</numerusform>
            <numerusform>Выделено %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="589" />
        <source>Assign responsible manager</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="594" />
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="598" />
        <source>Responsible manager for %Ln selected client(s):</source>
        <translation>
            <numerusform>Ответственный для %Ln выделенного клиента:</numerusform>
            <numerusform>Ответственный для %Ln выделенных клиентов:</numerusform>
            <numerusform>Ответственный для %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="608" />
        <source>%Ln client(s) assigned to {0}</source>
        <translation>
            <numerusform>%Ln клиент передан: {0}</numerusform>
            <numerusform>%Ln клиента переданы: {0}</numerusform>
            <numerusform>%Ln клиентов переданы: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="609" />
        <source>Assigning…</source>
        <translation>Назначение…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="616" />
        <source>There are no tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="623" />
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="627" />
        <source>Tag to add to %Ln selected client(s):</source>
        <translation>
            <numerusform>Тег для %Ln выделенного клиента:</numerusform>
            <numerusform>Тег для %Ln выделенных клиентов:</numerusform>
            <numerusform>Тег для %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="633" />
        <source>Tag “{0}” added to %Ln client(s)</source>
        <translation>
            <numerusform>Тег «{0}» добавлен %Ln клиенту</numerusform>
            <numerusform>Тег «{0}» добавлен %Ln клиентам</numerusform>
            <numerusform>Тег «{0}» добавлен %Ln клиентам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="634" />
        <source>Adding the tag…</source>
        <translation>Добавление тега…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="639" />
        <source>Remove tag</source>
        <translation>Снять тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="643" />
        <source>Tag to remove from %Ln selected client(s):</source>
        <translation>
            <numerusform>Тег, который снять с %Ln выделенного клиента:</numerusform>
            <numerusform>Тег, который снять с %Ln выделенных клиентов:</numerusform>
            <numerusform>Тег, который снять с %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="649" />
        <source>Tag “{0}” removed from %Ln client(s)</source>
        <translation>
            <numerusform>Тег «{0}» снят с %Ln клиента</numerusform>
            <numerusform>Тег «{0}» снят с %Ln клиентов</numerusform>
            <numerusform>Тег «{0}» снят с %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="650" />
        <source>Removing the tag…</source>
        <translation>Снятие тега…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="657" />
        <source>Delete clients</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="661" />
        <source>Delete %Ln client(s) for good, with their contacts, notes, files, deals and history?

This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %Ln клиента навсегда вместе с контактами, заметками, файлами, сделками и историей?

Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %Ln клиента навсегда вместе с контактами, заметками, файлами, сделками и историей?

Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %Ln клиентов навсегда вместе с контактами, заметками, файлами, сделками и историей?

Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="669" />
        <source>Delete %Ln client(s)</source>
        <translation>
            <numerusform>Удалить %Ln клиента</numerusform>
            <numerusform>Удалить %Ln клиента</numerusform>
            <numerusform>Удалить %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="679" />
        <source>%Ln client(s) deleted</source>
        <translation>
            <numerusform>Удалён %Ln клиент</numerusform>
            <numerusform>Удалено %Ln клиента</numerusform>
            <numerusform>Удалено %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="680" />
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
</context>
<context>
    <name>ClientSearchEdit</name>
    <message>
        <location filename="../../ui/widgets/card_client_search.py" line="48" />
        <source>Type a company name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_client_search.py" line="50" />
        <source>Type a name, phone or email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_client_search.py" line="82" />
        <source>company</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="109" />
        <source>+ Add phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="109" />
        <source>+ Add email</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="36" />
        <source>Primary: used for calls and SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="38" />
        <source>Primary: used for emails and mailings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="42" />
        <source>+7 912 345-67-89</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="42" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="45" />
        <source>comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="51" />
        <source>Remove this phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="51" />
        <source>Remove this email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="73" />
        <source>“{0}” is not a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="75" />
        <source>“{0}” is not an email address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../ui/widgets/card_custom_fields.py" line="48" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_custom_fields.py" line="49" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_custom_fields.py" line="58" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../ui/widgets/card_date_edit.py" line="44" />
        <source>DD.MM.YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/card_date_edit.py" line="54" />
        <source>Pick a date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="33" />
        <source>New deal with {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="37" />
        <source>What the client is interested in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="40" />
        <source>e.g. 150 000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="44" />
        <source>e.g. Call back with a price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="52" />
        <source>Topic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="53" />
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="54" />
        <source>Expected revenue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="55" />
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="56" />
        <source>Planned activity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="57" />
        <source>Activity date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="62" />
        <source>Create deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="82" />
        <source>Expected revenue cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="84" />
        <source>Expected revenue: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="91" />
        <source>A deal needs a topic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="94" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="94" />
        <source>Activity date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../ui/card_deals.py" line="52" />
        <source>Create deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="54" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="55" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="56" />
        <source>Change client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="63" />
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="64" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="65" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="66" />
        <source>Expected revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="67" />
        <source>Planned activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="68" />
        <source>Responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="82" />
        <source>No deals yet: create one with “Create deal…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="156" />
        <source>The deal is finished; only an open deal can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="174" />
        <source>The deal was not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="194" />
        <source>The deal was not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="220" />
        <source>The deal was not moved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="45" />
        <source>same phone {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="46" />
        <source>same email {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="47" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="55" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="56" />
        <source>Open this client's card instead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38" />
        <source>Cannot do that</source>
        <translation>Не получилось</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>Something went wrong inside desktop-crm. This is a bug, not something you did. Your saved data is safe; the action that failed was not completed.

Please copy the details below and send them to your administrator.</source>
        <translation>В desktop-crm произошла внутренняя ошибка. Это ошибка программы, а не ваша. Сохранённые данные в порядке; действие не было выполнено.

Скопируйте подробности ниже и отправьте их администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <location filename="../../ui/card_feed.py" line="50" />
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="54" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="55" />
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="71" />
        <source>Nothing has happened on this card yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="106" />
        <source>The note was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="120" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../ui/card_files.py" line="45" />
        <source>Attach files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="46" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="47" />
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="48" />
        <source>Comment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="49" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="81" />
        <source>Drop files here to attach them. Files up to {0} each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="121" />
        <source>Double-click to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="126" />
        <source>Double-click to edit the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="159" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="181" />
        <source>Some files were not attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="192" />
        <location filename="../../ui/card_files.py" line="196" />
        <source>The file cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="197" />
        <source>No program is set up to open {0}. It was saved to {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="208" />
        <source>Save the file as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="214" />
        <source>The file was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="224" />
        <source>Comment on {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="224" />
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="233" />
        <source>Delete the file {0} from this card? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="234" />
        <source>Delete file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="237" />
        <source>The file was not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="247" />
        <source>The comment was not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/client_filters.py" line="26" />
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="27" />
        <source>Leads and clients</source>
        <translation>Лиды и клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="28" />
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="29" />
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="30" />
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="31" />
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="32" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="33" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="34" />
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="39" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="65" />
        <source>Any manager</source>
        <translation>Любой менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="66" />
        <source>Nobody responsible</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="69" />
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="70" />
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="70" />
        <source>Not in a group</source>
        <translation>Вне групп</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="71" />
        <source>Any queue</source>
        <translation>Любая очередь</translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="71" />
        <source>Not in a queue</source>
        <translation>Вне очередей</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/card_history.py" line="23" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="23" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="23" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="23" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="41" />
        <source>created: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="43" />
        <source>removed: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_common.py" line="126" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="127" />
        <source>Person or company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="128" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="129" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="130" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="131" />
        <source>Middle name (patronymic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="132" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="133" />
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="134" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="135" />
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="136" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="137" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="138" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="139" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="140" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="141" />
        <source>Main manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="142" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="143" />
        <source>Interest: topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="144" />
        <source>Interest: date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="145" />
        <source>Interest: expected revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="146" />
        <source>Interest: description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="147" />
        <source>Interest: planned activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="148" />
        <source>Interest: activity date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/import_history.py" line="133" />
        <source>Import history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="173" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="202" />
        <source>{0} imports, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="204" />
        <source>No import has been run yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../ui/import_common.py" line="68" />
        <source>a client with this phone, email or name exists already (or earlier in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="72" />
        <source>a value has the wrong format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="73" />
        <source>the phone cell is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="74" />
        <source>no value in any matched column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="75" />
        <source>no name, phone or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="76" />
        <source>no such client to update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="77" />
        <source>the row is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_common.py" line="78" />
        <source>the client has these values already</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="56" />
        <source>Import clients from file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139" />
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="141" />
        <source>Stop the import? Everything it did so far is rolled back; nothing is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportedClientsDialog</name>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="90" />
        <source>Clients of import #{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_clients_dialog.py" line="104" />
        <source>{0} clients created or updated by this import. Double-click one to open it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../ui/import_history.py" line="85" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="86" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="87" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="88" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="89" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="90" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="91" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="92" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="93" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_history.py" line="94" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../ui/menus.py" line="54" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57" />
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61" />
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="74" />
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="76" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77" />
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="78" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80" />
        <source>&amp;Assign responsible…</source>
        <translation>Назначить &amp;ответственного…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="81" />
        <source>Add &amp;tag…</source>
        <translation>Добавить &amp;тег…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82" />
        <source>Re&amp;move tag…</source>
        <translation>&amp;Снять тег…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83" />
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="85" />
        <source>&amp;Columns…</source>
        <translation>&amp;Колонки…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86" />
        <source>Manage tags…</source>
        <translation>Теги…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="87" />
        <source>Manage groups…</source>
        <translation>Группы…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="91" />
        <source>&amp;Marketing</source>
        <translation>&amp;Маркетинг</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95" />
        <source>&amp;Import clients from file…</source>
        <translation>&amp;Загрузить клиентов из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="101" />
        <source>Import &amp;history…</source>
        <translation>&amp;История загрузок…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="105" />
        <source>Save import &amp;template…</source>
        <translation>Сохранить &amp;шаблон загрузки…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="107" />
        <source>Load &amp;demo data…</source>
        <translation>Загрузить &amp;демо-данные…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111" />
        <source>C&amp;ontrol</source>
        <translation>К&amp;онтроль</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115" />
        <source>&amp;Contact info completeness…</source>
        <translation>&amp;Полнота контактной информации…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="121" />
        <source>&amp;Properties completeness…</source>
        <translation>Полнота &amp;свойств…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="125" />
        <source>&amp;Full-name control…</source>
        <translation>Контроль &amp;ФИО…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="128" />
        <source>&amp;Registration control…</source>
        <translation>Контроль &amp;регистрации…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135" />
        <location filename="../../ui/menus.py" line="177" />
        <source>Execution &amp;discipline report…</source>
        <translation>Отчёт об &amp;исполнительской дисциплине…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142" />
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="144" />
        <source>&amp;Register a call…</source>
        <translation>&amp;Зарегистрировать звонок…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147" />
        <source>Import &amp;mail files (.eml, .mbox)…</source>
        <translation>Загрузить &amp;письма (.eml, .mbox)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="151" />
        <source>&amp;Fetch mail (IMAP)…</source>
        <translation>&amp;Получить почту (IMAP)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152" />
        <source>Import &amp;call log…</source>
        <translation>Загрузить &amp;журнал звонков…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="156" />
        <source>&amp;Link calls and emails to clients now</source>
        <translation>&amp;Связать звонки и письма с клиентами</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="161" />
        <source>Linking &amp;schedule…</source>
        <translation>&amp;Расписание связывания…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="166" />
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168" />
        <source>&amp;My tasks</source>
        <translation>&amp;Мои задачи</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="169" />
        <source>&amp;All tasks</source>
        <translation>&amp;Все задачи</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="173" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="184" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="186" />
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="187" />
        <source>&amp;Custom fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="188" />
        <source>&amp;Database…</source>
        <translation>&amp;База данных…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="189" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="193" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="195" />
        <source>&amp;About desktop-crm</source>
        <translation>&amp;О программе desktop-crm</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="196" />
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="246" />
        <source>Not available yet{0}: this part of desktop-crm is still being built.</source>
        <translation>Пока недоступно{0}: эта часть desktop-crm ещё в разработке.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>desktop-crm — {0}</source>
        <translation>desktop-crm — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>The database in use</source>
        <translation>Используемая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Signed in as {0}</source>
        <translation>Вход выполнен как {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="301" />
        <source>%Ln client(s) in the base</source>
        <translation>
            <numerusform>%Ln клиент в базе</numerusform>
            <numerusform>%Ln клиента в базе</numerusform>
            <numerusform>%Ln клиентов в базе</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Load demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>How many demo clients should be added?</source>
        <translation>Сколько демо-клиентов добавить?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="330" />
        <source>Added %Ln demo client(s) in {0:.1f} s</source>
        <translation>
            <numerusform>Добавлен %Ln демо-клиент за {0:.1f} с</numerusform>
            <numerusform>Добавлено %Ln демо-клиента за {0:.1f} с</numerusform>
            <numerusform>Добавлено %Ln демо-клиентов за {0:.1f} с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334" />
        <source> (stopped early)</source>
        <translation> (остановлено досрочно)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="342" />
        <source>Adding %Ln demo client(s)…</source>
        <translation>
            <numerusform>Добавление %Ln демо-клиента…</numerusform>
            <numerusform>Добавление %Ln демо-клиентов…</numerusform>
            <numerusform>Добавление %Ln демо-клиентов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <location filename="../../ui/main_window.py" line="376" />
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373" />
        <source>Exported %Ln client(s) to {0}</source>
        <translation>
            <numerusform>Выгружен %Ln клиент в {0}</numerusform>
            <numerusform>Выгружено %Ln клиента в {0}</numerusform>
            <numerusform>Выгружено %Ln клиентов в {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386" />
        <source>Save import template</source>
        <translation>Сохранить шаблон загрузки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397" />
        <source>Template saved to {0}</source>
        <translation>Шаблон сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402" />
        <source>About desktop-crm</source>
        <translation>О программе desktop-crm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>&lt;b&gt;desktop-crm {0}&lt;/b&gt;&lt;br&gt;A client base for sales managers and the admins who keep it in shape.&lt;br&gt;&lt;br&gt;Database: {1}&lt;br&gt;Qt for Python {2}</source>
        <translation>&lt;b&gt;desktop-crm {0}&lt;/b&gt;&lt;br&gt;База клиентов для менеджеров по продажам и администраторов, которые следят за её порядком.&lt;br&gt;&lt;br&gt;База данных: {1}&lt;br&gt;Qt for Python {2}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="96" />
        <source>Match the columns to card fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="99" />
        <source>Only matched columns are imported. Fields in bold identify a client: match at least one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="114" />
        <source>&amp;Save matching as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="117" />
        <source>A named matching in the base…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="120" />
        <source>A file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="125" />
        <source>&amp;Load matching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="129" />
        <source>From a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="132" />
        <source>A named matching from the base…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="169" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="169" />
        <source>Sample values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="169" />
        <source>Card field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="180" />
        <source>Add a custom field…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="183" />
        <source>Add a field called “{0}” to every card and match this column to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="202" />
        <source>— not imported —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="221" />
        <source>Required: at least one of {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="268" />
        <source>also chosen for “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="272" />
        <source>ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="280" />
        <source>suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="282" />
        <source>suggested ({0}% alike)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="291" />
        <source>Not imported ({0}): {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="294" />
        <source>Every column is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="319" />
        <location filename="../../ui/import_mapping_page.py" line="337" />
        <source>Save matching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="320" />
        <source>Name of the matching (an existing one of that name is replaced):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="332" />
        <source>Matching saved as “{0}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="339" />
        <source>Matching (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="348" />
        <source>{0} cannot be written: {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="351" />
        <source>Matching saved to {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="363" />
        <location filename="../../ui/import_mapping_page.py" line="368" />
        <location filename="../../ui/import_mapping_page.py" line="382" />
        <source>Load matching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="364" />
        <source>No matching has been saved in the base yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="368" />
        <source>Saved matching:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_mapping_page.py" line="382" />
        <source>Matching (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="84" />
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="88" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="89" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="91" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="92" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="95" />
        <source>Last name First name Middle name, or company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="98" />
        <source>+7 912 345-67-89</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="101" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="110" />
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="111" />
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="112" />
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="113" />
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="114" />
        <source>Responsible:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="130" />
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="156" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="172" />
        <source>A client needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="175" />
        <source>“{0}” is not a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="178" />
        <source>“{0}” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="185" />
        <source>Not a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="186" />
        <source>Not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="231" />
        <source>This client may be in the base already. Open the card, or create a new client anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/card_people.py" line="37" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="38" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="39" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="40" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="41" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="52" />
        <source>Attach a person to this company on their card (“Company”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="67" />
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="67" />
        <source>contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="76" />
        <source>Double-click to open the card</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_preview_page.py" line="63" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="66" />
        <source>The whole file is run through the import without changing the base. Fix a failing row by editing the highlighted cell (double-click or F2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="71" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="88" />
        <source>&amp;Stop checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="91" />
        <source>Check &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="93" />
        <source>Run the whole file through the check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="104" />
        <source>To create:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="105" />
        <source>To update:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="106" />
        <source>Skipped:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="107" />
        <source>Failing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="210" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="231" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="251" />
        <source>Stopped after {0} rows; the run will still import the whole file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="257" />
        <source>{0} rows checked in {1:.1f} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="273" />
        <source>The check stopped because of an error inside desktop-crm; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="276" />
        <source>The file cannot be imported as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="322" />
        <source>Failing rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="324" />
        <source>The first {0} failing rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_preview_page.py" line="327" />
        <source>No row fails.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/import_results.py" line="395" />
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="396" />
        <source>What the import did. Its details stay in the import history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/import_results.py" line="159" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="160" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="161" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="162" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="185" />
        <source>Save &amp;failed rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="188" />
        <source>Show imported &amp;clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="191" />
        <source>&amp;Undo this import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="220" />
        <source>Choose an import to see its results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="232" />
        <source>import #{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="237" />
        <source>by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="241" />
        <source>{0:.1f} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="263" />
        <source>Columns not imported: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="269" />
        <source>{0} values were left empty (see the failed-rows details).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="274" />
        <source>This import was undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="297" />
        <location filename="../../ui/import_results.py" line="322" />
        <source>Save failed rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="299" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="318" />
        <source>{0} failed rows saved to {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="333" />
        <source>Undo “{0}”? The {1} clients it created will be deleted and the {2} clients it updated get their old values back. Clients changed since the import keep the whole undo from happening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="337" />
        <location filename="../../ui/import_results.py" line="355" />
        <source>Undo this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="349" />
        <source>The import was undone: {0} clients deleted, {1} restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_results.py" line="359" />
        <location filename="../../ui/import_results.py" line="378" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/import_run_page.py" line="54" />
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="56" />
        <source>The import is one unit of work: if it is cancelled, nothing is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="59" />
        <source>&amp;Results &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="69" />
        <source>&amp;Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="72" />
        <source>&amp;Start again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="110" />
        <source>Importing {0} ({1} rows) as {2}, mode {3}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="113" />
        <source>leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="113" />
        <source>clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="119" />
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="158" />
        <source>Cancelling: rolling back what was imported…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="171" />
        <source>{0} rows imported in {1:.1f} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="192" />
        <source>The import was cancelled. Nothing was changed in the base.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="196" />
        <source>The import stopped: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_run_page.py" line="198" />
        <source>The import stopped because of an error inside desktop-crm.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/import_settings_page.py" line="60" />
        <source>How to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="63" />
        <source>Name the import, choose what it may change and how it recognises clients that are in the base already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="101" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="112" />
        <source>What this import is, to find it in the history later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="116" />
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="117" />
        <source>Leads (potential clients)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="118" />
        <source>Na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="119" />
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="120" />
        <source>&amp;Import as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="130" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="136" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="137" />
        <source>&amp;Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="138" />
        <source>A&amp;dd + Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="156" />
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="158" />
        <source>&amp;Look for the client in the base, step by step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="160" />
        <source>Al&amp;ways check one unique field:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="170" />
        <source>by phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="171" />
        <source>by email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="172" />
        <source>by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="197" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="201" />
        <source>e.g. [11]: only 11-digit numbers pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="204" />
        <source>e.g. [11]/-7+8 [10]/+7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="207" />
        <source>[11]/-7+8 replaces a leading 7 by 8 in 11-digit numbers; [10]/+7 puts 7 in front of 10-digit numbers; [11]/-8 drops a leading 8. Several rules apply in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="216" />
        <source>A row without a phone &amp;fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="220" />
        <source>Type a number to see what the rules make of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="225" />
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="225" />
        <source>After the rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="225" />
        <source>Stored as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="231" />
        <source>&amp;Validation rule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="232" />
        <source>&amp;Transformation rules:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="233" />
        <source>Default &amp;region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="236" />
        <source>Tr&amp;y a number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="245" />
        <source>New clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="251" />
        <source>No group (or type Parent/Child)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="258" />
        <source>&amp;Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="259" />
        <source>Resp&amp;onsible:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="260" />
        <source>&amp;Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="261" />
        <source>Sales &amp;scenario:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="273" />
        <source>Import of {0}, {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="304" />
        <source>No queue: everyone sees them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="309" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="314" />
        <source>The base has no sales scenarios yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_settings_page.py" line="388" />
        <source>refused: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/import_source_page.py" line="67" />
        <source>Where are the clients?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="70" />
        <source>Choose a file (Excel, OpenDocument, CSV or text separated by commas, semicolons, tabs or spaces), drop it here, or paste a table. One row is one client, one column one field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="92" />
        <source>From a &amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="94" />
        <source>From a &amp;pasted table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="100" />
        <source>Save &amp;sample file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="103" />
        <source>A file with the import's own columns and two example clients (IMP-2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="116" />
        <source>Choose a file, type its path or drop it here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="120" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="133" />
        <source>Copy the table in Excel or a text editor and paste it here (Ctrl+V).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="153" />
        <source>First row holds column na&amp;mes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="165" />
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="166" />
        <source>Sepa&amp;rator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="167" />
        <source>S&amp;heet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="204" />
        <location filename="../../ui/import_source_page.py" line="208" />
        <location filename="../../ui/import_source_page.py" line="410" />
        <location filename="../../ui/import_source_page.py" line="416" />
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="210" />
        <source>comma ,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="211" />
        <source>semicolon ;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="212" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="213" />
        <source>space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="214" />
        <source>bar |</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="225" />
        <source>Choose the file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="226" />
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="247" />
        <source>Save sample file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="249" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="261" />
        <source>{0} cannot be written: {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="264" />
        <source>Sample file saved to {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="353" />
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="382" />
        <source>The file could not be read because of an error inside desktop-crm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="408" />
        <location filename="../../ui/import_source_page.py" line="414" />
        <source>Automatic ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="432" />
        <source>text table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="433" />
        <source>Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="434" />
        <source>Excel 97-2003 workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="435" />
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="436" />
        <source>vCard contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="440" />
        <source>encoding {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="442" />
        <source>separated by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="444" />
        <source>sheet “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="445" />
        <source>{0} columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="447" />
        <source>about {0} rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_source_page.py" line="448" />
        <source>the first rows:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../ui/widgets/card_tags.py" line="105" />
        <source>Remove the tag {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagChipsEditor</name>
    <message>
        <location filename="../../ui/widgets/card_tags.py" line="127" />
        <source>Add tag… (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="115" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="128" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="243" />
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="244" />
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/client_columns.py" line="137" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>