<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>desktop-crm cannot start</source>
        <translation>desktop-crm не может запуститься</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/clients/bulk.py" line="89"/>
        <source>Assign responsible manager</source>
        <translation>Назначить ответственного менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="94"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="95"/>
        <source>Responsible manager for %Ln selected client(s):</source>
        <translation>
            <numerusform>Ответственный менеджер для %Ln выделенного клиента:</numerusform>
            <numerusform>Ответственный менеджер для %Ln выделенных клиентов:</numerusform>
            <numerusform>Ответственный менеджер для %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="102"/>
        <source>%Ln client(s) assigned to {0}</source>
        <translation>
            <numerusform>Ответственный {0} назначен %Ln клиенту</numerusform>
            <numerusform>Ответственный {0} назначен %Ln клиентам</numerusform>
            <numerusform>Ответственный {0} назначен %Ln клиентам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="103"/>
        <source>Assigning…</source>
        <translation>Назначение…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="110"/>
        <source>There are no tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="117"/>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="120"/>
        <source>Tag to add to %Ln selected client(s):</source>
        <translation>
            <numerusform>Тег для %Ln выделенного клиента:</numerusform>
            <numerusform>Тег для %Ln выделенных клиентов:</numerusform>
            <numerusform>Тег для %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="126"/>
        <source>Tag “{0}” added to %Ln client(s)</source>
        <translation>
            <numerusform>Тег «{0}» добавлен %Ln клиенту</numerusform>
            <numerusform>Тег «{0}» добавлен %Ln клиентам</numerusform>
            <numerusform>Тег «{0}» добавлен %Ln клиентам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="127"/>
        <source>Adding the tag…</source>
        <translation>Добавление тега…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="132"/>
        <source>Remove tag</source>
        <translation>Снять тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="135"/>
        <source>Tag to remove from %Ln selected client(s):</source>
        <translation>
            <numerusform>Какой тег снять с %Ln выделенного клиента:</numerusform>
            <numerusform>Какой тег снять с %Ln выделенных клиентов:</numerusform>
            <numerusform>Какой тег снять с %Ln выделенных клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="141"/>
        <source>Tag “{0}” removed from %Ln client(s)</source>
        <translation>
            <numerusform>Тег «{0}» снят с %Ln клиента</numerusform>
            <numerusform>Тег «{0}» снят с %Ln клиентов</numerusform>
            <numerusform>Тег «{0}» снят с %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="142"/>
        <source>Removing the tag…</source>
        <translation>Снятие тега…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="149"/>
        <source>Delete clients</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="153"/>
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
        <location filename="../../ui/clients/bulk.py" line="161"/>
        <source>Delete %Ln client(s)</source>
        <translation>
            <numerusform>Удалить %Ln клиента</numerusform>
            <numerusform>Удалить %Ln клиента</numerusform>
            <numerusform>Удалить %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/bulk.py" line="171"/>
        <source>%Ln client(s) deleted</source>
        <translation>
            <numerusform>Удалён %Ln клиент</numerusform>
            <numerusform>Удалено %Ln клиента</numerusform>
            <numerusform>Удалено %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/bulk.py" line="172"/>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
</context>
<context>
    <name>CardFieldsForm</name>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="73"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="74"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="76"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="77"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="87"/>
        <source>Detach</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="88"/>
        <source>Detach this client from the company</source>
        <translation>Открепить клиента от компании</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="92"/>
        <source>Attach to company: type its name…</source>
        <translation>Прикрепить к компании: начните вводить название…</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="124"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="125"/>
        <source>Full name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="128"/>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="129"/>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="130"/>
        <source>Middle name:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="131"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="132"/>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="136"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="137"/>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="138"/>
        <source>Emails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="139"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="140"/>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="142"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="143"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="144"/>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="145"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="146"/>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="147"/>
        <source>Additional fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="180"/>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="184"/>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="187"/>
        <source> (disabled)</source>
        <translation> (отключён)</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="240"/>
        <source>#{0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="247"/>
        <source>not attached</source>
        <translation>не привязан</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="290"/>
        <source>The last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="291"/>
        <source>The first name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="292"/>
        <source>The middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="293"/>
        <source>The position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="294"/>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="295"/>
        <source>The website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="299"/>
        <location filename="../../ui/card/fields_panel.py" line="318"/>
        <source>{0} may be at most {1} characters long.</source>
        <translation>{0} — не более {1} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="305"/>
        <source>Birth date: {0}</source>
        <translation>Дата рождения: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="314"/>
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation>У клиента должно быть наименование: заполните его или фамилию и имя.</translation>
    </message>
    <message>
        <location filename="../../ui/card/fields_panel.py" line="319"/>
        <source>The full name</source>
        <translation>ФИО</translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="131"/>
        <source>Change the client of a deal</source>
        <translation>Смена клиента в сделке</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="136"/>
        <source>The deal “{0}” is now with {1}. Find the client it belongs to:</source>
        <translation>Сделка «{0}» сейчас у клиента {1}. Найдите клиента, к которому она относится:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="146"/>
        <location filename="../../ui/card/deal_dialogs.py" line="169"/>
        <source>No client chosen yet.</source>
        <translation>Клиент пока не выбран.</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="151"/>
        <source>Move the deal</source>
        <translation>Перенести сделку</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="163"/>
        <source>New client: {0}</source>
        <translation>Новый клиент: {0}</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../ui/card/client_card.py" line="113"/>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="114"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="115"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="116"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="163"/>
        <location filename="../../ui/card/client_card.py" line="364"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="165"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>Сохранить карточку (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="168"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="169"/>
        <source>Show the card as it is stored now</source>
        <translation>Показать карточку в том виде, в каком она сейчас сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="171"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="193"/>
        <source>Discard your unsaved changes and show the stored card?</source>
        <translation>Отменить несохранённые изменения и показать сохранённую карточку?</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="194"/>
        <source>Reload the card</source>
        <translation>Обновление карточки</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="211"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="226"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="226"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="227"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="227"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="229"/>
        <source>changed {0}</source>
        <translation>изменено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="231"/>
        <source> by {0}</source>
        <translation> пользователем {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="315"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="323"/>
        <source>Someone changed this card</source>
        <translation>Карточку изменил другой пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="326"/>
        <source>Reload their version</source>
        <translation>Показать их версию</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="327"/>
        <source>Save mine over theirs</source>
        <translation>Сохранить мою поверх</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="328"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="333"/>
        <source>Reloaded: the card shows the stored version.</source>
        <translation>Обновлено: показана сохранённая версия карточки.</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="361"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="362"/>
        <source>The card of {0} has changes that are not saved.</source>
        <translation>В карточке «{0}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="365"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="366"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="387"/>
        <source>Delete {0} for good, with notes, files, deals and history? This cannot be undone.</source>
        <translation>Удалить «{0}» навсегда вместе с заметками, файлами, сделками и историей? Восстановить клиента будет невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="389"/>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <location filename="../../ui/card/client_card.py" line="395"/>
        <source>The client was not deleted</source>
        <translation>Клиент не удалён</translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../../ui/words.py" line="70"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="71"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="72"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="85"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="73"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="74"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="77"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="80"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="81"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="84"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="74"/>
        <source>Search by name, phone, email or company  (Ctrl+F)</source>
        <translation>Поиск по наименованию, телефону, почте или компании  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="81"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="83"/>
        <source>Choose the columns of the list</source>
        <translation>Выбрать колонки списка</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="87"/>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="125"/>
        <source>No clients yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="126"/>
        <source>Bring your client base in from a spreadsheet or a CSV file, or load demo clients to try the program out.</source>
        <translation>Импортируйте клиентскую базу из таблицы Excel или CSV-файла или загрузите демо-клиентов, чтобы попробовать программу.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="134"/>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="139"/>
        <source>Load demo data…</source>
        <translation>Загрузить демо-данные…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="151"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="155"/>
        <source>Clear search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/list_widget.py" line="241"/>
        <source>%n per page</source>
        <translation>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="242"/>
        <source>Continuous scrolling</source>
        <translation>Непрерывная прокрутка</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="176"/>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="179"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="184"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="187"/>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="241"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="269"/>
        <source>Assign responsible…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="275"/>
        <source>Add tag…</source>
        <translation>Добавить тег…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="281"/>
        <source>Remove tag…</source>
        <translation>Снять тег…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="287"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="251"/>
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="257"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_parts.py" line="306"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Добавить клиента (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/list_widget.py" line="200"/>
        <source>Found: %Ln or more clients, counting…</source>
        <translation>
            <numerusform>Найдено: не менее %Ln клиента, идёт подсчёт…</numerusform>
            <numerusform>Найдено: не менее %Ln клиентов, идёт подсчёт…</numerusform>
            <numerusform>Найдено: не менее %Ln клиентов, идёт подсчёт…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/list_widget.py" line="204"/>
        <source>Found: %Ln client(s)</source>
        <translation>
            <numerusform>Найден %Ln клиент</numerusform>
            <numerusform>Найдено %Ln клиента</numerusform>
            <numerusform>Найдено %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/list_widget.py" line="206"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="213"/>
        <source>No client matches “{0}”{1}. Check the spelling, or search by a part of the name, phone or email.</source>
        <translation>По запросу «{0}»{1} клиентов нет. Проверьте написание или ищите по части наименования, телефона или почты.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="217"/>
        <source> with these filters</source>
        <translation> с этими фильтрами</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="221"/>
        <source>No client matches these filters.</source>
        <translation>Нет клиентов, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="222"/>
        <source>Found: 0 clients</source>
        <translation>Найдено 0 клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="225"/>
        <source>No clients</source>
        <translation>Нет клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="227"/>
        <location filename="../../ui/clients/list_widget.py" line="234"/>
        <source>The list could not be read: {0}</source>
        <translation>Не удалось прочитать список: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="279"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_widget.py" line="281"/>
        <source>Page {0} of {1} or more</source>
        <translation>Страница {0} из {1} или больше</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/list_widget.py" line="318"/>
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
        <location filename="../../ui/widgets/client_search.py" line="48"/>
        <source>Type a company name…</source>
        <translation>Введите название компании…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_search.py" line="50"/>
        <source>Type a name, phone or email…</source>
        <translation>Введите наименование, телефон или почту…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/client_search.py" line="82"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../ui/card/contacts.py" line="109"/>
        <source>+ Add phone</source>
        <translation>+ Добавить телефон</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="109"/>
        <source>+ Add email</source>
        <translation>+ Добавить почту</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../ui/card/contacts.py" line="36"/>
        <source>Primary: used for calls and SMS</source>
        <translation>Основной: для звонков и SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="38"/>
        <source>Primary: used for emails and mailings</source>
        <translation>Основной: для писем и рассылок</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="42"/>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="42"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="45"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="51"/>
        <source>Remove this phone</source>
        <translation>Удалить этот телефон</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="51"/>
        <source>Remove this email</source>
        <translation>Удалить этот адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="73"/>
        <source>“{0}” is not a phone number.</source>
        <translation>«{0}» — это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../ui/card/contacts.py" line="75"/>
        <source>“{0}” is not an email address.</source>
        <translation>«{0}» — это не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../ui/importing/common.py" line="153"/>
        <source>Add a custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../ui/importing/common.py" line="161"/>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/common.py" line="162"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../ui/card/custom_fields.py" line="48"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/card/custom_fields.py" line="49"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/card/custom_fields.py" line="58"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="44"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="54"/>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="33"/>
        <source>New deal with {0}</source>
        <translation>Новая сделка: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="37"/>
        <source>What the client is interested in</source>
        <translation>Чем интересуется клиент</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="40"/>
        <source>e.g. 150 000</source>
        <translation>например, 150 000</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="44"/>
        <source>e.g. Call back with a price</source>
        <translation>например, перезвонить с ценой</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="52"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="53"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="54"/>
        <source>Expected revenue:</source>
        <translation>Ожидаемая выручка:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="55"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="56"/>
        <source>Planned activity:</source>
        <translation>Запланированная активность:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="57"/>
        <source>Activity date:</source>
        <translation>Дата активности:</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="62"/>
        <source>Create deal</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="83"/>
        <source>Expected revenue: {0}</source>
        <translation>Ожидаемая выручка: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="90"/>
        <source>A deal needs a topic.</source>
        <translation>У сделки должна быть тема.</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="93"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card/deal_dialogs.py" line="93"/>
        <source>Activity date</source>
        <translation>Дата активности</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="53"/>
        <source>Create deal…</source>
        <translation>Создать сделку…</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="55"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="56"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="57"/>
        <source>Change client…</source>
        <translation>Сменить клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="64"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="66"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="67"/>
        <source>Expected revenue</source>
        <translation>Ожидаемая выручка</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="68"/>
        <source>Planned activity</source>
        <translation>Запланированная активность</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="69"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="83"/>
        <source>No deals yet: create one with “Create deal…”.</source>
        <translation>Сделок пока нет: создайте сделку кнопкой «Создать сделку…».</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="157"/>
        <source>The deal is finished; only an open deal can be changed.</source>
        <translation>Сделка завершена; изменить можно только открытую сделку.</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="175"/>
        <source>The deal was not created</source>
        <translation>Сделка не создана</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="195"/>
        <source>The deal was not closed</source>
        <translation>Сделка не закрыта</translation>
    </message>
    <message>
        <location filename="../../ui/card/deals_tab.py" line="221"/>
        <source>The deal was not moved</source>
        <translation>Сделка не перенесена</translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="46"/>
        <source>same phone {0}</source>
        <translation>тот же телефон {0}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="47"/>
        <source>same email {0}</source>
        <translation>та же почта {0}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="48"/>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="56"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="57"/>
        <source>Open this client&apos;s card instead</source>
        <translation>Открыть карточку этого клиента вместо создания нового</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Cannot do that</source>
        <translation>Не удалось выполнить</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Something went wrong inside desktop-crm. This is a bug, not something you did. Your saved data is safe; the action that failed was not completed.

Please copy the details below and send them to your administrator.</source>
        <translation>В desktop-crm произошла внутренняя ошибка. Это ошибка программы, а не ваша. Сохранённые данные в порядке; действие, на котором возникла ошибка, не выполнено.

Скопируйте подробности ниже и отправьте их администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../ui/importing/failures_model.py" line="100"/>
        <source>Fixed: the client will be created</source>
        <translation>Исправлено: клиент будет создан</translation>
    </message>
    <message>
        <location filename="../../ui/importing/failures_model.py" line="102"/>
        <source>Fixed: the client will be updated</source>
        <translation>Исправлено: клиент будет обновлён</translation>
    </message>
    <message>
        <location filename="../../ui/importing/failures_model.py" line="104"/>
        <source>Fixed: the row will be skipped ({0})</source>
        <translation>Исправлено: строка будет пропущена ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/failures_model.py" line="140"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/importing/failures_model.py" line="142"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="47"/>
        <source>{0} bytes</source>
        <translation>{0} байт</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="49"/>
        <source>{0} GB</source>
        <translation>{0} ГБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="50"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="51"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="61"/>
        <source>{0} min {1} s</source>
        <translation>{0} мин {1} с</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="62"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="69"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="72"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="74"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="81"/>
        <source>Incoming email</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="83"/>
        <source>Outgoing email</source>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="85"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="90"/>
        <source>{0}, due {1}</source>
        <translation>{0}, срок {1}</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="93"/>
        <source>Task: {0} ({1})</source>
        <translation>Задача: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="100"/>
        <source>Deal: {0} ({1})</source>
        <translation>Сделка: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="106"/>
        <source>File: {0} ({1})</source>
        <translation>Файл: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="109"/>
        <source>File: {0}</source>
        <translation>Файл: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="112"/>
        <source>Contact person {0} added</source>
        <translation>Добавлено контактное лицо {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="115"/>
        <source>Card created</source>
        <translation>Карточка создана</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="117"/>
        <source>Contact person {0} removed</source>
        <translation>Удалено контактное лицо {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="122"/>
        <source>{0}: {1} changed</source>
        <translation>{0}: изменено поле «{1}»</translation>
    </message>
    <message>
        <location filename="../../ui/card/record_text.py" line="123"/>
        <source>{0} changed</source>
        <translation>Изменено поле «{0}»</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <location filename="../../ui/card/feed_tab.py" line="51"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation>Напишите заметку… (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../ui/card/feed_tab.py" line="55"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/card/feed_tab.py" line="56"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Сохранить заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/card/feed_tab.py" line="72"/>
        <source>Nothing has happened on this card yet.</source>
        <translation>По этой карточке пока ничего не происходило.</translation>
    </message>
    <message>
        <location filename="../../ui/card/feed_tab.py" line="107"/>
        <source>The note was not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Full name</source>
        <translation>Наименование (ФИО)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>Person or company</source>
        <translation>Физлицо или компания</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="35"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="36"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Middle name (patronymic)</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="38"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Main manager</source>
        <translation>Основной менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Interest: topic</source>
        <translation>Интерес: тема</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Interest: date</source>
        <translation>Интерес: дата</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51"/>
        <source>Interest: expected revenue</source>
        <translation>Интерес: ожидаемая выручка</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52"/>
        <source>Interest: description</source>
        <translation>Интерес: описание</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53"/>
        <source>Interest: planned activity</source>
        <translation>Интерес: запланированная активность</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>Interest: activity date</source>
        <translation>Интерес: дата активности</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../ui/card/files_tab.py" line="47"/>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="48"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="49"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="50"/>
        <source>Comment…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="51"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="61"/>
        <source>Name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="61"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="61"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="61"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="83"/>
        <source>Drop files here to attach them. Files up to {0} each.</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их. Размер каждого файла — до {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="123"/>
        <source>Double-click to open</source>
        <translation>Двойной щелчок — открыть</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="128"/>
        <source>Double-click to edit the comment</source>
        <translation>Двойной щелчок — изменить комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="161"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="183"/>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не прикреплены</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="194"/>
        <location filename="../../ui/card/files_tab.py" line="198"/>
        <source>The file cannot be opened</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="199"/>
        <source>No program is set up to open {0}. It was saved to {1}.</source>
        <translation>Не настроена программа для открытия {0}. Файл сохранён в {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="210"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="216"/>
        <source>The file was not saved</source>
        <translation>Файл не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="226"/>
        <source>Comment on {0}</source>
        <translation>Комментарий к {0}</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="226"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="235"/>
        <source>Delete the file {0} from this card? This cannot be undone.</source>
        <translation>Удалить файл {0} из этой карточки? Восстановить его будет невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="236"/>
        <source>Delete file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="239"/>
        <source>The file was not deleted</source>
        <translation>Файл не удалён</translation>
    </message>
    <message>
        <location filename="../../ui/card/files_tab.py" line="249"/>
        <source>The comment was not saved</source>
        <translation>Комментарий не сохранён</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/clients/filters.py" line="26"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="27"/>
        <source>Leads and clients</source>
        <translation>Лиды и клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="28"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="29"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="30"/>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="31"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="32"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="33"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="38"/>
        <source>Click to show all clients again</source>
        <translation>Нажмите, чтобы снова показать всех клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="41"/>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="46"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="73"/>
        <source>Any manager</source>
        <translation>Любой менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="74"/>
        <source>Nobody responsible</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="77"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="78"/>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="78"/>
        <source>Not in a group</source>
        <translation>Вне групп</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="79"/>
        <source>Any queue</source>
        <translation>Любая очередь</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="79"/>
        <source>Not in a queue</source>
        <translation>Вне очередей</translation>
    </message>
    <message>
        <location filename="../../ui/clients/filters.py" line="129"/>
        <source>Import #{0}  ✕</source>
        <translation>Импорт № {0}  ✕</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>Deal client</source>
        <translation>Клиент сделки</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/card/history_tab.py" line="25"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/card/history_tab.py" line="25"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/card/history_tab.py" line="25"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/card/history_tab.py" line="25"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/importing/history.py" line="127"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="167"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="196"/>
        <source>{0} imports, newest first.</source>
        <translation>Импортов: {0}, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="198"/>
        <source>No import has been run yet.</source>
        <translation>Импорт ещё не выполнялся.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../ui/words.py" line="154"/>
        <source>a client with this phone, email or name exists already (or earlier in the file)</source>
        <translation>клиент с таким телефоном, почтой или наименованием уже есть (в базе или выше в файле)</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="158"/>
        <source>a value has the wrong format</source>
        <translation>значение в неверном формате</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>the phone cell is empty</source>
        <translation>не заполнена ячейка телефона</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>no value in any matched column</source>
        <translation>все сопоставленные колонки пусты</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>no name, phone or email</source>
        <translation>нет ни наименования, ни телефона, ни почты</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>no such client to update</source>
        <translation>нет такого клиента для обновления</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>the row is empty</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="164"/>
        <source>the client has these values already</source>
        <translation>у клиента уже эти значения</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="52"/>
        <source>Import clients from file</source>
        <translation>Импорт клиентов из файла</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="135"/>
        <source>Cancel the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="137"/>
        <source>Stop the import? Everything it did so far is rolled back; nothing is kept.</source>
        <translation>Остановить импорт? Всё, что он успел сделать, будет отменено; ничего не сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="178"/>
        <source>Add</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="179"/>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="180"/>
        <source>Add + Update</source>
        <translation>Добавление + обновление</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="183"/>
        <source>Only create clients; a row whose client exists already fails as not unique.</source>
        <translation>Только создавать клиентов; строка с уже существующим клиентом — ошибка «не уникален».</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="187"/>
        <source>Only update clients found by the duplicate search; other rows fail as not found.</source>
        <translation>Только обновлять клиентов, найденных поиском дублей; остальные строки — ошибка «не найден».</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="191"/>
        <source>Update the clients that are found and create the others.</source>
        <translation>Найденных клиентов обновить, остальных создать.</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="196"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="197"/>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="198"/>
        <source>Cancelled</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="199"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="200"/>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="201"/>
        <source>Checked only</source>
        <translation>Только проверка</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="205"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="206"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="207"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="208"/>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="209"/>
        <source>choice from a list</source>
        <translation>выбор из списка</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="17"/>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="19"/>
        <source>{0} min {1} s</source>
        <translation>{0} мин {1} с</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="22"/>
        <source>{0} h {1} min</source>
        <translation>{0} ч {1} мин</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="40"/>
        <source>{0} of {1} rows</source>
        <translation>строк: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="45"/>
        <source>{0} rows</source>
        <translation>строк: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="49"/>
        <source>{0} rows/s</source>
        <translation>{0} строк/с</translation>
    </message>
    <message>
        <location filename="../../ui/importing/speed.py" line="53"/>
        <source>about {0} left</source>
        <translation>осталось около {0}</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../ui/importing/history.py" line="79"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="80"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="81"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="82"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="83"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="84"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="85"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="86"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="87"/>
        <source>Failed</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="88"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="79"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="81"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82"/>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="85"/>
        <source>&amp;Assign responsible…</source>
        <translation>Назн&amp;ачить ответственного…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>Add &amp;tag…</source>
        <translation>&amp;Добавить тег…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="87"/>
        <source>Re&amp;move tag…</source>
        <translation>&amp;Снять тег…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="90"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Колонки…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="91"/>
        <source>Manage tags…</source>
        <translation>Управление тегами…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="92"/>
        <source>Manage groups…</source>
        <translation>Управление группами…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Маркетинг</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Import clients from file…</source>
        <translation>&amp;Импорт клиентов из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="106"/>
        <source>Import &amp;history…</source>
        <translation>Ис&amp;тория импорта…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="110"/>
        <source>Save import &amp;template…</source>
        <translation>Сохранить &amp;шаблон импорта…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="112"/>
        <source>Load &amp;demo data…</source>
        <translation>Загрузить &amp;демо-данные…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="116"/>
        <source>C&amp;ontrol</source>
        <translation>К&amp;онтроль</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="120"/>
        <source>&amp;Contact info completeness…</source>
        <translation>Контроль заполнения &amp;контактной информации…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>&amp;Properties completeness…</source>
        <translation>Контроль заполнения &amp;свойств…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>&amp;Full-name control…</source>
        <translation>Контроль заполнения &amp;ФИО…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="133"/>
        <source>&amp;Registration control…</source>
        <translation>Контроль &amp;регистрации…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="140"/>
        <location filename="../../ui/menus.py" line="182"/>
        <source>Execution &amp;discipline report…</source>
        <translation>Справка об &amp;исполнительской дисциплине…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="149"/>
        <source>&amp;Register a call…</source>
        <translation>&amp;Зарегистрировать звонок…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>Import &amp;mail files (.eml, .mbox)…</source>
        <translation>Импорт &amp;писем (.eml, .mbox)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="156"/>
        <source>&amp;Fetch mail (IMAP)…</source>
        <translation>Получить по&amp;чту (IMAP)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="157"/>
        <source>Import &amp;call log…</source>
        <translation>Импорт &amp;журнала звонков…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="161"/>
        <source>&amp;Link calls and emails to clients now</source>
        <translation>&amp;Связать звонки и письма с клиентами сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="166"/>
        <source>Linking &amp;schedule…</source>
        <translation>&amp;Расписание связывания…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="171"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="173"/>
        <source>&amp;My tasks</source>
        <translation>&amp;Мои задачи</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="174"/>
        <source>&amp;All tasks</source>
        <translation>&amp;Все задачи</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>&amp;Reports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="189"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="191"/>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Пользователи и роли…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="192"/>
        <source>&amp;Custom fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="193"/>
        <source>&amp;Database…</source>
        <translation>&amp;База данных…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="194"/>
        <source>&amp;Preferences…</source>
        <translation>Па&amp;раметры…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="200"/>
        <source>&amp;About desktop-crm</source>
        <translation>&amp;О программе desktop-crm</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="201"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="251"/>
        <source>Not available yet{0}: this part of desktop-crm is still being built.</source>
        <translation>Пока недоступно{0}: эта часть desktop-crm ещё в разработке.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/database_name.py" line="16"/>
        <source>SQLite: in memory</source>
        <translation>SQLite: в памяти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>desktop-crm — {0}</source>
        <translation>desktop-crm — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>The database in use</source>
        <translation>Используемая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Signed in as {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="287"/>
        <source>%Ln client(s) in the base</source>
        <translation>
            <numerusform>%Ln клиент в базе</numerusform>
            <numerusform>%Ln клиента в базе</numerusform>
            <numerusform>%Ln клиентов в базе</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Load demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>How many demo clients should be added?</source>
        <translation>Сколько демо-клиентов добавить?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Added %Ln demo client(s) in {0:.1f} s</source>
        <translation>
            <numerusform>Добавлен %Ln демо-клиент за {0:.1f} с</numerusform>
            <numerusform>Добавлено %Ln демо-клиента за {0:.1f} с</numerusform>
            <numerusform>Добавлено %Ln демо-клиентов за {0:.1f} с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source> (stopped early)</source>
        <translation> (остановлено досрочно)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Adding %Ln demo client(s)…</source>
        <translation>
            <numerusform>Добавление %Ln демо-клиента…</numerusform>
            <numerusform>Добавление %Ln демо-клиентов…</numerusform>
            <numerusform>Добавление %Ln демо-клиентов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Exported %Ln client(s) to {0}</source>
        <translation>
            <numerusform>Экспортирован %Ln клиент в {0}</numerusform>
            <numerusform>Экспортировано %Ln клиента в {0}</numerusform>
            <numerusform>Экспортировано %Ln клиентов в {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Save import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Template saved to {0}</source>
        <translation>Шаблон сохранён: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>About desktop-crm</source>
        <translation>О программе desktop-crm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>&lt;b&gt;desktop-crm {0}&lt;/b&gt;&lt;br&gt;A client base for sales managers and the admins who keep it in shape.&lt;br&gt;&lt;br&gt;Database: {1}&lt;br&gt;Qt for Python {2}</source>
        <translation>&lt;b&gt;desktop-crm {0}&lt;/b&gt;&lt;br&gt;Клиентская база для менеджеров по продажам и администраторов, которые поддерживают её в порядке.&lt;br&gt;&lt;br&gt;База данных: {1}&lt;br&gt;Qt for Python {2}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="63"/>
        <source>Match the columns to card fields</source>
        <translation>Сопоставление колонок с полями карточки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="66"/>
        <source>Only matched columns are imported. Fields in bold identify a client: match at least one of them.</source>
        <translation>Импортируются только сопоставленные колонки. Поля, выделенные жирным, определяют клиента: сопоставьте хотя бы одно из них.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_form.py" line="66"/>
        <source>&amp;Save matching as…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_form.py" line="70"/>
        <source>A named matching in the base…</source>
        <translation>Именованное сопоставление в базе…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_form.py" line="73"/>
        <source>A file…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_form.py" line="82"/>
        <source>&amp;Load matching</source>
        <translation>&amp;Загрузить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_form.py" line="86"/>
        <source>From a file…</source>
        <translation>Из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_form.py" line="89"/>
        <source>A named matching from the base…</source>
        <translation>Именованное сопоставление из базы…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="118"/>
        <source>Column in the file</source>
        <translation>Колонка файла</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="118"/>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="118"/>
        <source>Card field</source>
        <translation>Поле карточки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="129"/>
        <source>Add a custom field…</source>
        <translation>Добавить дополнительное поле…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="132"/>
        <source>Add a field called “{0}” to every card and match this column to it</source>
        <translation>Добавить в карточку поле «{0}» и сопоставить с ним эту колонку</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="151"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="170"/>
        <source>Required: at least one of {0}.</source>
        <translation>Обязательно: хотя бы одно из полей {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="217"/>
        <source>also chosen for “{0}”</source>
        <translation>уже выбрано для «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="221"/>
        <source>ignored</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="229"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="231"/>
        <source>suggested ({0}% alike)</source>
        <translation>предложено (сходство {0}%)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="240"/>
        <source>Not imported ({0}): {1}</source>
        <translation>Не импортируются ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="243"/>
        <source>Every column is imported.</source>
        <translation>Импортируются все колонки.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="251"/>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="275"/>
        <location filename="../../ui/importing/mapping_page.py" line="293"/>
        <source>Save matching</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="276"/>
        <source>Name of the matching (an existing one of that name is replaced):</source>
        <translation>Название сопоставления (сопоставление с таким же названием будет заменено):</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="288"/>
        <source>Matching saved as “{0}”.</source>
        <translation>Сопоставление сохранено как «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="295"/>
        <source>Matching (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="304"/>
        <source>{0} cannot be written: {1}.</source>
        <translation>Не удаётся записать {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="307"/>
        <source>Matching saved to {0}.</source>
        <translation>Сопоставление сохранено в {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="319"/>
        <location filename="../../ui/importing/mapping_page.py" line="324"/>
        <location filename="../../ui/importing/mapping_page.py" line="338"/>
        <source>Load matching</source>
        <translation>Загрузка сопоставления</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="320"/>
        <source>No matching has been saved in the base yet.</source>
        <translation>В базе пока нет сохранённых сопоставлений.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="324"/>
        <source>Saved matching:</source>
        <translation>Сохранённое сопоставление:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="338"/>
        <source>Matching (*.json);;All files (*)</source>
        <translation>Сопоставление (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="85"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="117"/>
        <source>Person</source>
        <translation>Физлицо</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="118"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="120"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="121"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="124"/>
        <source>Last name First name Middle name, or company</source>
        <translation>Фамилия Имя Отчество или название компании</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="127"/>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="130"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="139"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="140"/>
        <source>Full name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="141"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="142"/>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="143"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="93"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="162"/>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="178"/>
        <source>A client needs a name.</source>
        <translation>У клиента должно быть наименование.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="181"/>
        <source>“{0}” is not a phone number.</source>
        <translation>«{0}» — это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="184"/>
        <source>“{0}” is not an email address.</source>
        <translation>«{0}» — это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="191"/>
        <source>Not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="192"/>
        <source>Not an email address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/new_client_dialog.py" line="237"/>
        <source>This client may be in the base already. Open the card, or create a new client anyway.</source>
        <translation>Возможно, этот клиент уже есть в базе. Откройте его карточку или всё равно создайте нового клиента.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/card/people_tab.py" line="38"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="39"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="40"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="41"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="42"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="53"/>
        <source>Attach a person to this company on their card (“Company”).</source>
        <translation>Чтобы прикрепить человека к этой компании, укажите её в его карточке (поле «Компания»).</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="68"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="68"/>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/card/people_tab.py" line="77"/>
        <source>Double-click to open the card</source>
        <translation>Двойной щелчок — открыть карточку</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="52"/>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="55"/>
        <source>The whole file is run through the import without changing the base. Fix a failing row by editing the highlighted cell (double-click or F2).</source>
        <translation>Весь файл проходит через импорт без изменения базы. Исправьте строку с ошибкой, отредактировав выделенную ячейку (двойной щелчок или F2).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="60"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="42"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Остановить проверку</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="44"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="47"/>
        <source>Run the whole file through the check again</source>
        <translation>Ещё раз проверить весь файл</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="62"/>
        <source>To create:</source>
        <translation>Создать:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="63"/>
        <source>To update:</source>
        <translation>Обновить:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="64"/>
        <source>Skipped:</source>
        <translation>Пропустить:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_form.py" line="65"/>
        <source>Failing:</source>
        <translation>С ошибками:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="110"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="158"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="180"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="200"/>
        <source>Stopped; rows checked: {0}. The run imports the whole file.</source>
        <translation>Остановлено; проверено строк: {0}. Импорт обработает весь файл.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="206"/>
        <source>Rows checked: {0} in {1:.1f} s</source>
        <translation>Проверено строк: {0} за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="236"/>
        <source>The check stopped because of an error inside desktop-crm; nothing was changed.</source>
        <translation>Проверка остановлена из-за внутренней ошибки desktop-crm; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="239"/>
        <source>The file cannot be imported as it is.</source>
        <translation>Файл нельзя импортировать в таком виде.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="285"/>
        <source>Failing rows:</source>
        <translation>Строки с ошибками:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="287"/>
        <source>The first {0} failing rows:</source>
        <translation>Первые строки с ошибками ({0}):</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="290"/>
        <source>No row fails.</source>
        <translation>Строк с ошибками нет.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/importing/results.py" line="322"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="323"/>
        <source>What the import did. Its details stay in the import history.</source>
        <translation>Что сделал импорт. Подробности сохраняются в истории импорта.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/importing/results.py" line="113"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="114"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="115"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="116"/>
        <source>Failed</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="79"/>
        <source>Sa&amp;ve failed rows…</source>
        <translation>Со&amp;хранить строки с ошибками…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="82"/>
        <source>Show imported &amp;clients</source>
        <translation>Показать импортированных &amp;клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="85"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Отменить этот импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="139"/>
        <source>Choose an import to see its results.</source>
        <translation>Выберите импорт, чтобы увидеть его результаты.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="173"/>
        <source>import #{0}</source>
        <translation>импорт № {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="178"/>
        <source>by {0}</source>
        <translation>пользователь {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="182"/>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} с</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="193"/>
        <source>Columns not imported: {0}.</source>
        <translation>Не импортированы колонки: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="199"/>
        <source>{0} values were left empty (see the failed-rows details).</source>
        <translation>Значений оставлено пустыми: {0} (подробности — в строках с ошибками).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="204"/>
        <source>This import was undone.</source>
        <translation>Этот импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="226"/>
        <location filename="../../ui/importing/results.py" line="251"/>
        <source>Save failed rows</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="228"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="247"/>
        <source>{0} failed rows saved to {1}.</source>
        <translation>Строки с ошибками ({0}) сохранены в {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="262"/>
        <source>Undo “{0}”? The {1} clients it created will be deleted and the {2} clients it updated get their old values back. Clients changed since the import keep the whole undo from happening.</source>
        <translation>Отменить «{0}»? Созданные им клиенты ({1}) будут удалены, а обновлённые ({2}) получат прежние значения. Если кого-то из этих клиентов изменили после импорта, отмена не выполнится.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="266"/>
        <location filename="../../ui/importing/results.py" line="284"/>
        <source>Undo this import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="278"/>
        <source>The import was undone: {0} clients deleted, {1} restored.</source>
        <translation>Импорт отменён: удалено клиентов — {0}, восстановлено — {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/results.py" line="289"/>
        <location filename="../../ui/importing/results.py" line="305"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importing/run_page.py" line="53"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="55"/>
        <source>The import is one unit of work: if it is cancelled, nothing is kept.</source>
        <translation>Импорт выполняется как единое целое: если его отменить, ничего не сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="58"/>
        <source>&amp;Results &gt;</source>
        <translation>&amp;Результаты &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="68"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="71"/>
        <source>&amp;Start again</source>
        <translation>Начать з&amp;аново</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="109"/>
        <source>Importing {0} (rows: {1}) as {2}, mode {3}.</source>
        <translation>Импорт {0} (строк: {1}): {2}, режим «{3}».</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="169"/>
        <source>Rows imported: {0} in {1:.1f} s</source>
        <translation>Импортировано строк: {0} за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="198"/>
        <source>Nothing was changed in the base.</source>
        <translation>В базе ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="112"/>
        <source>leads</source>
        <translation>лиды</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="112"/>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="118"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="156"/>
        <source>Cancelling: rolling back what was imported…</source>
        <translation>Отмена: откат импортированного…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="190"/>
        <source>The import was cancelled. Nothing was changed in the base.</source>
        <translation>Импорт отменён. В базе ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="194"/>
        <source>The import stopped: {0}</source>
        <translation>Импорт остановлен: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/run_page.py" line="196"/>
        <source>The import stopped because of an error inside desktop-crm.</source>
        <translation>Импорт остановлен из-за внутренней ошибки desktop-crm.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="46"/>
        <source>How to import</source>
        <translation>Параметры импорта</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="49"/>
        <source>Name the import, choose what it may change and how it recognises clients that are in the base already.</source>
        <translation>Назовите импорт, выберите, что он может изменять и как он узнаёт клиентов, которые уже есть в базе.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="67"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="77"/>
        <source>What this import is, to find it in the history later</source>
        <translation>Что это за импорт — чтобы потом найти его в истории</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="83"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="85"/>
        <source>Leads (potential clients)</source>
        <translation>Лиды (потенциальные клиенты)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="87"/>
        <source>Na&amp;me:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="88"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="89"/>
        <source>&amp;Import as:</source>
        <translation>Импортировать &amp;как:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="101"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="107"/>
        <source>&amp;Add</source>
        <translation>Добав&amp;ление</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="108"/>
        <source>&amp;Update</source>
        <translation>Обно&amp;вление</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="109"/>
        <source>A&amp;dd + Update</source>
        <translation>Добавление + о&amp;бновление</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="127"/>
        <source>Duplicates</source>
        <translation>Дубли</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="130"/>
        <source>&amp;Look for the client in the base, step by step:</source>
        <translation>&amp;Искать клиента в базе по шагам:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="136"/>
        <source>Al&amp;ways check one unique field:</source>
        <translation>Всегда проверять одно &amp;уникальное поле:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="147"/>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="148"/>
        <source>by email</source>
        <translation>по почте</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="149"/>
        <source>by name</source>
        <translation>по наименованию</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="171"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="176"/>
        <source>e.g. [11]: only 11-digit numbers pass</source>
        <translation>например, [11]: только 11 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="181"/>
        <source>e.g. [11]/-7+8 [10]/+7</source>
        <translation>например, [11]/-7+8 [10]/+7</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="184"/>
        <source>[11]/-7+8 replaces a leading 7 by 8 in 11-digit numbers; [10]/+7 puts 7 in front of 10-digit numbers; [11]/-8 drops a leading 8. Several rules apply in order.</source>
        <translation>[11]/-7+8 заменяет первую 7 на 8 в 11-значных номерах; [10]/+7 добавляет 7 перед 10-значными номерами; [11]/-8 убирает первую 8. Несколько правил применяются по порядку.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="196"/>
        <source>A row without a phone &amp;fails</source>
        <translation>Строка без телефона — о&amp;шибка</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="202"/>
        <source>Type a number to see what the rules make of it</source>
        <translation>Введите номер для проверки правил</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="209"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="210"/>
        <source>After the rules</source>
        <translation>После правил</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="211"/>
        <source>Stored as</source>
        <translation>Будет сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="220"/>
        <source>&amp;Validation rule:</source>
        <translation>Правило &amp;проверки:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="221"/>
        <source>&amp;Transformation rules:</source>
        <translation>Правила п&amp;реобразования:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="222"/>
        <source>Default &amp;region:</source>
        <translation>Р&amp;егион по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="225"/>
        <source>Tr&amp;y a number:</source>
        <translation>Попробовать но&amp;мер:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="231"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="240"/>
        <source>No group (or type Parent/Child)</source>
        <translation>Без группы (или Родитель/Дочерняя)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="248"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="249"/>
        <source>Resp&amp;onsible:</source>
        <translation>Отве&amp;тственный:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="250"/>
        <source>&amp;Queue:</source>
        <translation>О&amp;чередь:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_form.py" line="251"/>
        <source>Sales &amp;scenario:</source>
        <translation>С&amp;ценарий продаж:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="117"/>
        <source>Import of {0}, {1}</source>
        <translation>Импорт {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="148"/>
        <source>No queue: everyone sees them</source>
        <translation>Без очереди: их видят все</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="153"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="158"/>
        <source>The base has no sales scenarios yet.</source>
        <translation>В базе пока нет сценариев продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/settings_page.py" line="232"/>
        <source>refused: {0}</source>
        <translation>отклонён: {0}</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/importing/source_page.py" line="59"/>
        <source>Where are the clients?</source>
        <translation>Откуда импортировать клиентов?</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="62"/>
        <source>Choose a file (Excel, OpenDocument, CSV or text separated by commas, semicolons, tabs or spaces), drop it here, or paste a table. One row is one client, one column one field.</source>
        <translation>Выберите файл (Excel, OpenDocument, CSV или текст с разделителями: запятая, точка с запятой, табуляция, пробел), перетащите его сюда или вставьте таблицу. Строка — клиент, колонка — поле.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="51"/>
        <source>From a &amp;file</source>
        <translation>Из &amp;файла</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="54"/>
        <source>From a &amp;pasted table</source>
        <translation>Из &amp;вставленной таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="61"/>
        <source>Save &amp;sample file…</source>
        <translation>Сохранить &amp;пример файла…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="64"/>
        <source>A file with the import&apos;s own columns and two example clients (IMP-2)</source>
        <translation>Файл с колонками импорта и двумя клиентами для примера (IMP-2)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="83"/>
        <source>Choose a file, type its path or drop it here</source>
        <translation>Выберите файл, введите путь к нему или перетащите его сюда</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="87"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="101"/>
        <source>Copy the table in Excel or a text editor and paste it here (Ctrl+V).</source>
        <translation>Скопируйте таблицу в Excel или текстовом редакторе и вставьте её сюда (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="123"/>
        <source>First row holds column na&amp;mes</source>
        <translation>Первая строка — &amp;заголовки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="131"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="132"/>
        <source>Sepa&amp;rator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="133"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="148"/>
        <location filename="../../ui/importing/source_form.py" line="152"/>
        <location filename="../../ui/importing/source_page.py" line="298"/>
        <location filename="../../ui/importing/source_page.py" line="304"/>
        <source>Automatic</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="154"/>
        <source>comma ,</source>
        <translation>запятая ,</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="155"/>
        <source>semicolon ;</source>
        <translation>точка с запятой ;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="156"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="157"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_form.py" line="158"/>
        <source>bar |</source>
        <translation>черта |</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="115"/>
        <source>Choose the file to import</source>
        <translation>Выбор файла для импорта</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="116"/>
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="137"/>
        <source>Save sample file</source>
        <translation>Сохранить пример файла</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="139"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="151"/>
        <source>{0} cannot be written: {1}.</source>
        <translation>Не удаётся записать {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="154"/>
        <source>Sample file saved to {0}.</source>
        <translation>Пример файла сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="243"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="272"/>
        <source>The file could not be read because of an error inside desktop-crm.</source>
        <translation>Файл не прочитан из-за внутренней ошибки desktop-crm.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="296"/>
        <location filename="../../ui/importing/source_page.py" line="302"/>
        <source>Automatic ({0})</source>
        <translation>Авто ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="320"/>
        <source>text table</source>
        <translation>текстовая таблица</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="321"/>
        <source>Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="322"/>
        <source>Excel 97-2003 workbook</source>
        <translation>книга Excel 97-2003</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="323"/>
        <source>OpenDocument spreadsheet</source>
        <translation>таблица OpenDocument</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="324"/>
        <source>vCard contacts</source>
        <translation>контакты vCard</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="328"/>
        <source>encoding {0}</source>
        <translation>кодировка {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="330"/>
        <source>separated by {0}</source>
        <translation>разделитель {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="332"/>
        <source>sheet “{0}”</source>
        <translation>лист «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="333"/>
        <source>{0} columns</source>
        <translation>колонок: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="335"/>
        <source>about {0} rows</source>
        <translation>строк: около {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/source_page.py" line="336"/>
        <source>the first rows:</source>
        <translation>первые строки:</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../ui/card/tags.py" line="115"/>
        <source>Remove the tag {0}</source>
        <translation>Снять тег {0}</translation>
    </message>
</context>
<context>
    <name>TagChipsEditor</name>
    <message>
        <location filename="../../ui/card/tags.py" line="145"/>
        <source>Add tag… (Enter)</source>
        <translation>Добавить тег… (Enter)</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="93"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="68"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/progress_dialog.py" line="61"/>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/clients/columns.py" line="137"/>
        <source>Columns</source>
        <translation>Колонки</translation>
    </message>
</context>
</TS>
