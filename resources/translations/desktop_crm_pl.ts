<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="39"/>
        <source>About desktop-crm</source>
        <translation>O programie desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="45"/>
        <source>A client base for sales managers and the admins who keep it in shape.</source>
        <translation>Baza klientów dla handlowców i administratorów, którzy dbają o jej porządek.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="50"/>
        <source>Version:</source>
        <translation>Wersja:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="51"/>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="52"/>
        <source>Settings file:</source>
        <translation>Plik ustawień:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="53"/>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="54"/>
        <source>Licence:</source>
        <translation>Licencja:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="55"/>
        <source>Built with:</source>
        <translation>Zbudowano z:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="65"/>
        <source>Open data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/about_dialog.py" line="81"/>
        <source>Proprietary: for use inside the company only</source>
        <translation>Własnościowa: tylko do użytku wewnątrz firmy</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="55"/>
        <source>Mail account</source>
        <translation>Konto pocztowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="60"/>
        <source>usual</source>
        <translation>zwykły</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="65"/>
        <source>None (plain text)</source>
        <translation>Brak (zwykły tekst)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="72"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="73"/>
        <source>IMAP server:</source>
        <translation>Serwer IMAP:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="74"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="75"/>
        <source>Security:</source>
        <translation>Zabezpieczenie:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="76"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="77"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="85"/>
        <source>The password is kept in the system&apos;s keyring, not in a file.</source>
        <translation>Hasło jest przechowywane w systemowym magazynie haseł, a nie w pliku.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="123"/>
        <source>Fetch mail</source>
        <translation>Pobierz pocztę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="126"/>
        <source>Add account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="128"/>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="132"/>
        <source>Fetch</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="135"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="144"/>
        <source>Mail accounts of this computer:</source>
        <translation>Konta pocztowe tego komputera:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="152"/>
        <source>{0}: {1} at {2}</source>
        <translation>{0}: {1} na {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="172"/>
        <source>Remove the mail account {0}? Its password and fetch positions are forgotten; the emails fetched from it stay.</source>
        <translation>Usunąć konto pocztowe {0}? Jego hasło i pozycje pobierania zostaną zapomniane; pobrane z niego e-maile pozostaną.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/dialogs.py" line="175"/>
        <source>Remove mail account</source>
        <translation>Usuwanie konta pocztowego</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="145"/>
        <source>desktop-crm cannot start</source>
        <translation>Nie można uruchomić desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="183"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="109"/>
        <source>Assign responsible manager</source>
        <translation>Przypisz opiekuna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="114"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="115"/>
        <source>Responsible manager for %Ln selected client(s):</source>
        <translation>
            <numerusform>Opiekun dla %Ln zaznaczonego klienta:</numerusform>
            <numerusform>Opiekun dla %Ln zaznaczonych klientów:</numerusform>
            <numerusform>Opiekun dla %Ln zaznaczonych klientów:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="122"/>
        <source>%Ln client(s) assigned to {0}</source>
        <translation>
            <numerusform>Przypisano %Ln klienta do opiekuna {0}</numerusform>
            <numerusform>Przypisano %Ln klientów do opiekuna {0}</numerusform>
            <numerusform>Przypisano %Ln klientów do opiekuna {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="123"/>
        <source>Assigning…</source>
        <translation>Przypisywanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="143"/>
        <source>There are no tags yet.</source>
        <translation>Nie ma jeszcze żadnych tagów.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="150"/>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="153"/>
        <source>Tag to add to %Ln selected client(s):</source>
        <translation>
            <numerusform>Tag do dodania %Ln zaznaczonemu klientowi:</numerusform>
            <numerusform>Tag do dodania %Ln zaznaczonym klientom:</numerusform>
            <numerusform>Tag do dodania %Ln zaznaczonym klientom:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="159"/>
        <source>Tag “{0}” added to %Ln client(s)</source>
        <translation>
            <numerusform>Tag „{0}” dodano %Ln klientowi</numerusform>
            <numerusform>Tag „{0}” dodano %Ln klientom</numerusform>
            <numerusform>Tag „{0}” dodano %Ln klientom</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="160"/>
        <source>Adding the tag…</source>
        <translation>Dodawanie tagu…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="165"/>
        <source>Remove tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="168"/>
        <source>Tag to remove from %Ln selected client(s):</source>
        <translation>
            <numerusform>Tag do usunięcia z %Ln zaznaczonego klienta:</numerusform>
            <numerusform>Tag do usunięcia z %Ln zaznaczonych klientów:</numerusform>
            <numerusform>Tag do usunięcia z %Ln zaznaczonych klientów:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="174"/>
        <source>Tag “{0}” removed from %Ln client(s)</source>
        <translation>
            <numerusform>Tag „{0}” usunięto z %Ln klienta</numerusform>
            <numerusform>Tag „{0}” usunięto z %Ln klientów</numerusform>
            <numerusform>Tag „{0}” usunięto z %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="175"/>
        <source>Removing the tag…</source>
        <translation>Usuwanie tagu…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="182"/>
        <source>Delete clients</source>
        <translation>Usuwanie klientów</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="186"/>
        <source>Delete %Ln client(s) for good, with their contacts, notes, files, deals and history?

This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć na zawsze %Ln klienta wraz z kontaktami, notatkami, plikami, transakcjami i historią?

Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %Ln klientów wraz z kontaktami, notatkami, plikami, transakcjami i historią?

Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %Ln klientów wraz z kontaktami, notatkami, plikami, transakcjami i historią?

Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="194"/>
        <source>Delete %Ln client(s)</source>
        <translation>
            <numerusform>Usuń %Ln klienta</numerusform>
            <numerusform>Usuń %Ln klientów</numerusform>
            <numerusform>Usuń %Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="204"/>
        <source>%Ln client(s) deleted</source>
        <translation>
            <numerusform>Usunięto %Ln klienta</numerusform>
            <numerusform>Usunięto %Ln klientów</numerusform>
            <numerusform>Usunięto %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="205"/>
        <source>Deleting…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="212"/>
        <source>Merge clients</source>
        <translation>Scalanie klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="129"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
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
        <translation>Import rejestru połączeń</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="43"/>
        <source>Call logs (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Rejestry połączeń (*.csv *.txt *.xlsx *.xls *.ods);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="63"/>
        <source>Call log import cancelled</source>
        <translation>Import rejestru połączeń anulowany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="65"/>
        <source>Reading {0}…</source>
        <translation>Odczyt {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="74"/>
        <source>Calls read: {0}. Imported: {1}, already there: {2}, between extensions: {3}, failed: {4}. Linked to cards: {5}.</source>
        <translation>Odczytane połączenia: {0}. Zaimportowane: {1}, już w bazie: {2}, między numerami wewnętrznymi: {3}, z błędem: {4}. Powiązane z kartami: {5}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="80"/>
        <source>Row {0}: {1}</source>
        <translation>Wiersz {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="83"/>
        <source>Call log imported</source>
        <translation>Rejestr połączeń zaimportowany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="99"/>
        <source>{0} is not a call log this program recognizes by its columns.</source>
        <translation>{0} nie jest rejestrem połączeń rozpoznawanym przez program po kolumnach.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="102"/>
        <source>A mapping file (.json)…</source>
        <translation>Plik dopasowania (.json)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="106"/>
        <source>Read its columns as:</source>
        <translation>Czytaj jego kolumny jako:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="117"/>
        <source>Choose a mapping file that says which is which?</source>
        <translation>Wybrać plik dopasowania, który mówi, co oznacza każda kolumna?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="122"/>
        <source>Mapping file</source>
        <translation>Plik dopasowania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls_import/__init__.py" line="122"/>
        <source>Mapping (*.json)</source>
        <translation>Dopasowanie (*.json)</translation>
    </message>
</context>
<context>
    <name>CardFieldsForm</name>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="78"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="79"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="81"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="82"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="92"/>
        <source>Detach</source>
        <translation>Odłącz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="93"/>
        <source>Detach this client from the company</source>
        <translation>Odłącz tego klienta od firmy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="97"/>
        <source>Attach to company: type its name…</source>
        <translation>Przypisz do firmy: wpisz jej nazwę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="129"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="130"/>
        <source>Full name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="133"/>
        <source>Last name:</source>
        <translation>Nazwisko:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="134"/>
        <source>First name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="135"/>
        <source>Middle name:</source>
        <translation>Drugie imię:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="136"/>
        <source>Position:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="137"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="141"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="142"/>
        <source>Phones:</source>
        <translation>Telefony:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="143"/>
        <source>Emails:</source>
        <translation>E-maile:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="144"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="145"/>
        <source>Birth date:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="147"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="148"/>
        <source>Website:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="149"/>
        <source>Group:</source>
        <translation>Grupa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="150"/>
        <source>Responsible:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="151"/>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="152"/>
        <source>Additional fields</source>
        <translation>Pola dodatkowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="185"/>
        <source>(no group)</source>
        <translation>(bez grupy)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="189"/>
        <source>(nobody)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="192"/>
        <source> (disabled)</source>
        <translation> (wyłączony)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="245"/>
        <source>#{0}</source>
        <translation>nr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="252"/>
        <source>not attached</source>
        <translation>nie przypisano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="295"/>
        <source>The last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="296"/>
        <source>The first name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="297"/>
        <source>The middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="298"/>
        <source>The position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="299"/>
        <source>The address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="300"/>
        <source>The website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="304"/>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="323"/>
        <source>{0} may be at most {1} characters long.</source>
        <translation>{0}: maksymalna długość to {1} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="310"/>
        <source>Birth date: {0}</source>
        <translation>Data urodzenia: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="319"/>
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation>Klient musi mieć nazwę: wpisz nazwę albo nazwisko i imię.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/fields_panel.py" line="324"/>
        <source>The full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="134"/>
        <source>Change the client of a deal</source>
        <translation>Zmiana klienta transakcji</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="139"/>
        <source>The deal “{0}” is now with {1}. Find the client it belongs to:</source>
        <translation>Transakcja „{0}” należy teraz do: {1}. Znajdź klienta, do którego powinna należeć:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="151"/>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="174"/>
        <source>No client chosen yet.</source>
        <translation>Nie wybrano jeszcze klienta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="156"/>
        <source>Move the deal</source>
        <translation>Przenieś transakcję</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="168"/>
        <source>New client: {0}</source>
        <translation>Nowy klient: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="39"/>
        <source>Reload</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="41"/>
        <source>Show the card as it is stored now</source>
        <translation>Pokaż kartę w obecnie zapisanej postaci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="46"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="59"/>
        <source>Deleted by {0} at {1}.</source>
        <translation>Usunięte przez: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="59"/>
        <source>Deleted at {1}.</source>
        <translation>Usunięte {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="62"/>
        <source>Changed by {0} at {1}.</source>
        <translation>Zmienione przez: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="62"/>
        <source>Changed at {1}.</source>
        <translation>Zmienione {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="64"/>
        <source>Your unsaved edits are kept; Reload shows the stored version.</source>
        <translation>Twoje niezapisane zmiany zostają; „Odśwież” pokaże zapisaną wersję.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/changed_banner.py" line="66"/>
        <source>The card shows the stored version.</source>
        <translation>Karta pokazuje zapisaną wersję.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/choose_pages.py" line="43"/>
        <source>Which check</source>
        <translation>Która kontrola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/choose_pages.py" line="44"/>
        <source>Each check looks over the whole base; what it finds becomes tasks for your team.</source>
        <translation>Każda kontrola przegląda całą bazę; to, co znajdzie, staje się zadaniami dla zespołu.</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="122"/>
        <source>Feed</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="123"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="124"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="125"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="172"/>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="359"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="174"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>Zapisz kartę (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="177"/>
        <source>Reload</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="178"/>
        <source>Show the card as it is stored now</source>
        <translation>Pokaż kartę w obecnie zapisanej postaci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="180"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="200"/>
        <source>Discard your unsaved changes and show the stored card?</source>
        <translation>Odrzucić niezapisane zmiany i pokazać zapisaną kartę?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="201"/>
        <source>Reload the card</source>
        <translation>Odświeżanie karty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="218"/>
        <source>People</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="233"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="233"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="234"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="234"/>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="236"/>
        <source>changed {0}</source>
        <translation>zmieniono {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="238"/>
        <source> by {0}</source>
        <translation> przez {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="310"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="318"/>
        <source>Someone changed this card</source>
        <translation>Ktoś zmienił tę kartę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="321"/>
        <source>Reload their version</source>
        <translation>Wczytaj jego wersję</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="322"/>
        <source>Save mine over theirs</source>
        <translation>Zapisz moją wersję</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="323"/>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="328"/>
        <source>Reloaded: the card shows the stored version.</source>
        <translation>Odświeżono: karta pokazuje zapisaną wersję.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="356"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="357"/>
        <source>The card of {0} has changes that are not saved.</source>
        <translation>Karta „{0}” ma niezapisane zmiany.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="360"/>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="361"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="382"/>
        <source>Delete {0} for good, with notes, files, deals and history? This cannot be undone.</source>
        <translation>Usunąć na zawsze „{0}” wraz z notatkami, plikami, transakcjami i historią? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="384"/>
        <source>Delete client</source>
        <translation>Usuwanie klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/client_card.py" line="390"/>
        <source>The client was not deleted</source>
        <translation>Klient nie został usunięty</translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="70"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="71"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="72"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="85"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="73"/>
        <source>Responsible</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="74"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="75"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="76"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="77"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="80"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="81"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="84"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="77"/>
        <source>Search by name, phone, email or company  (Ctrl+F)</source>
        <translation>Szukaj po nazwie, telefonie, e-mailu lub firmie  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/columns.py" line="137"/>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="84"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="86"/>
        <source>Choose the columns of the list</source>
        <translation>Wybierz kolumny listy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="90"/>
        <source>New client…</source>
        <translation>Nowy klient…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="134"/>
        <source>No clients yet</source>
        <translation>Brak klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="135"/>
        <source>Bring your client base in from a spreadsheet or a CSV file, or load demo clients to try the program out.</source>
        <translation>Zaimportuj bazę klientów z arkusza kalkulacyjnego lub pliku CSV albo wczytaj klientów demonstracyjnych, aby wypróbować program.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="143"/>
        <source>Import a file…</source>
        <translation>Importuj plik…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="148"/>
        <source>Load demo data…</source>
        <translation>Wczytaj dane demonstracyjne…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="160"/>
        <source>Nothing found</source>
        <translation>Nic nie znaleziono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="164"/>
        <source>Clear search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="257"/>
        <source>%n per page</source>
        <translation>
            <numerusform>%n na stronie</numerusform>
            <numerusform>%n na stronie</numerusform>
            <numerusform>%n na stronie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="258"/>
        <source>Continuous scrolling</source>
        <translation>Ciągłe przewijanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="185"/>
        <source>First page</source>
        <translation>Pierwsza strona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="188"/>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="193"/>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="196"/>
        <source>Last page</source>
        <translation>Ostatnia strona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="250"/>
        <source>Open card</source>
        <translation>Otwórz kartę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="278"/>
        <source>Assign responsible…</source>
        <translation>Przypisz opiekuna…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="284"/>
        <source>Add tag…</source>
        <translation>Dodaj tag…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="290"/>
        <source>Remove tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="296"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="260"/>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="266"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="303"/>
        <source>Merge selected…</source>
        <translation>Scal zaznaczonych…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_parts.py" line="323"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Dodaj klienta (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="216"/>
        <source>Found: %Ln or more clients, counting…</source>
        <translation>
            <numerusform>Znaleziono co najmniej %Ln klienta, liczenie…</numerusform>
            <numerusform>Znaleziono co najmniej %Ln klientów, liczenie…</numerusform>
            <numerusform>Znaleziono co najmniej %Ln klientów, liczenie…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="220"/>
        <source>Found: %Ln client(s)</source>
        <translation>
            <numerusform>Znaleziono %Ln klienta</numerusform>
            <numerusform>Znaleziono %Ln klientów</numerusform>
            <numerusform>Znaleziono %Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="222"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="229"/>
        <source>No client matches “{0}”{1}. Check the spelling, or search by a part of the name, phone or email.</source>
        <translation>Brak klientów pasujących do „{0}”{1}. Sprawdź pisownię lub szukaj po części nazwy, telefonu albo e-maila.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="233"/>
        <source> with these filters</source>
        <translation> przy tych filtrach</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="237"/>
        <source>No client matches these filters.</source>
        <translation>Żaden klient nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="238"/>
        <source>Found: 0 clients</source>
        <translation>Znaleziono 0 klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="241"/>
        <source>No clients</source>
        <translation>Brak klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="243"/>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="250"/>
        <source>The list could not be read: {0}</source>
        <translation>Nie udało się odczytać listy: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="295"/>
        <source>Page {0} of {1}</source>
        <translation>Strona {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="297"/>
        <source>Page {0} of {1} or more</source>
        <translation>Strona {0} z co najmniej {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="335"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>Zaznaczono: %Ln</numerusform>
            <numerusform>Zaznaczono: %Ln</numerusform>
            <numerusform>Zaznaczono: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSearchEdit</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/client_search.py" line="50"/>
        <source>Type a company name…</source>
        <translation>Wpisz nazwę firmy…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/client_search.py" line="52"/>
        <source>Type a name, phone or email…</source>
        <translation>Wpisz nazwę, telefon lub e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/client_search.py" line="91"/>
        <source>company</source>
        <translation>firma</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="62"/>
        <source>Contact info to check</source>
        <translation>Które dane kontaktowe sprawdzić</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="88"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="89"/>
        <source>&amp;Email</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="90"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="91"/>
        <source>&amp;Website</source>
        <translation>&amp;Strona WWW</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="126"/>
        <source>+ Add phone</source>
        <translation>+ Dodaj telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="126"/>
        <source>+ Add email</source>
        <translation>+ Dodaj e-mail</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="45"/>
        <source>Primary: used for calls and SMS</source>
        <translation>Główny: do połączeń i SMS-ów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="47"/>
        <source>Primary: used for emails and mailings</source>
        <translation>Główny: do e-maili i mailingów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="51"/>
        <source>name@example.com</source>
        <translation>imie@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="54"/>
        <source>comment</source>
        <translation>komentarz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="60"/>
        <source>Remove this phone</source>
        <translation>Usuń ten telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="60"/>
        <source>Remove this email</source>
        <translation>Usuń ten e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="82"/>
        <source>“{0}” is not a phone number.</source>
        <translation>„{0}” nie jest numerem telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/contacts.py" line="84"/>
        <source>“{0}” is not an email address.</source>
        <translation>„{0}” nie jest adresem e-mail.</translation>
    </message>
</context>
<context>
    <name>ControlResults</name>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="33"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="45"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="34"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="46"/>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="35"/>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="36"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="51"/>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="56"/>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="39"/>
        <source>Call or email</source>
        <translation>Połączenie lub e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="40"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="41"/>
        <source>Number or address</source>
        <translation>Numer lub adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="42"/>
        <source>Noted by</source>
        <translation>Zarejestrował(a)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="47"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="48"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="49"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="50"/>
        <source>Split</source>
        <translation>Podział</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="54"/>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="55"/>
        <source>They share</source>
        <translation>Co mają wspólnego</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="57"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="59"/>
        <source>sure</source>
        <translation>pewny</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_model.py" line="60"/>
        <source>doubtful</source>
        <translation>wątpliwy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/merge_buttons.py" line="25"/>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
</context>
<context>
    <name>ControlWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/control/wizard.py" line="43"/>
        <source>Control wizard</source>
        <translation>Kreator kontroli</translation>
    </message>
</context>
<context>
    <name>ControlWords</name>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="19"/>
        <source>Contact info completeness</source>
        <translation>Kompletność danych kontaktowych</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="20"/>
        <source>Properties completeness</source>
        <translation>Kompletność właściwości</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="21"/>
        <source>Registration of calls and emails</source>
        <translation>Rejestracja połączeń i e-maili</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="22"/>
        <source>Full-name control</source>
        <translation>Kontrola imienia i nazwiska</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="23"/>
        <source>Duplicates in the base</source>
        <translation>Duplikaty w bazie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="26"/>
        <source>Clients and contact persons without a phone, an email, an address or a website.</source>
        <translation>Klienci i osoby kontaktowe bez telefonu, e-maila, adresu lub strony WWW.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="30"/>
        <source>Clients whose chosen card fields or custom fields are empty.</source>
        <translation>Klienci, u których wybrane pola karty lub pola własne są puste.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="33"/>
        <source>Calls and emails with no client or contact person; each goes back to who noted it.</source>
        <translation>Połączenia i e-maile bez klienta i osoby kontaktowej; każde wraca do tego, kto je zarejestrował.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="37"/>
        <source>Clients and contact persons whose last, first and middle names are empty: the sure splits are applied in one step, the doubtful ones become tasks.</source>
        <translation>Klienci i osoby kontaktowe z pustym nazwiskiem, imieniem i drugim imieniem: pewne podziały zapisuje się w jednym kroku, wątpliwe stają się zadaniami.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="42"/>
        <source>Cards that share a phone, an email or a full name: merge them here, or give the groups out as tasks.</source>
        <translation>Karty ze wspólnym telefonem, e-mailem lub pełnym imieniem i nazwiskiem: scal je tutaj lub rozdaj grupy jako zadania.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="49"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="50"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="51"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="52"/>
        <source>website</source>
        <translation>strona WWW</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="55"/>
        <source>client or contact person</source>
        <translation>klient lub osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="56"/>
        <source>last, first and middle name</source>
        <translation>nazwisko, imię i drugie imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="57"/>
        <source>merge with its duplicates</source>
        <translation>scalić z duplikatami</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="60"/>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="61"/>
        <source>Outgoing call</source>
        <translation>Połączenie wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="62"/>
        <source>Incoming email</source>
        <translation>E-mail przychodzący</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/words.py" line="63"/>
        <source>Outgoing email</source>
        <translation>E-mail wychodzący</translation>
    </message>
</context>
<context>
    <name>CreatedPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="37"/>
        <source>Executor</source>
        <translation>Wykonawca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="37"/>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="37"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="45"/>
        <source>Open &amp;My tasks</source>
        <translation>Otwórz &amp;Moje zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="60"/>
        <source>Tasks created</source>
        <translation>Zadania utworzone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/created_page.py" line="61"/>
        <source>Each executor finds the task in My tasks.</source>
        <translation>Każdy wykonawca znajdzie zadanie w „Moich zadaniach”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/created_page.py" line="73"/>
        <source>%n task(s) created</source>
        <translation>
            <numerusform>Utworzono %n zadanie</numerusform>
            <numerusform>Utworzono %n zadania</numerusform>
            <numerusform>Utworzono %n zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/created_page.py" line="74"/>
        <source> with %n record(s) to fix.</source>
        <translation>
            <numerusform> z %n rekordem do poprawy.</numerusform>
            <numerusform> z %n rekordami do poprawy.</numerusform>
            <numerusform> z %n rekordami do poprawy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/common.py" line="153"/>
        <source>Add a custom field</source>
        <translation>Nowe pole dodatkowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/common.py" line="161"/>
        <source>&amp;Label:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/common.py" line="162"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/card/custom_fields.py" line="49"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/custom_fields.py" line="50"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/custom_fields.py" line="59"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/date_edit.py" line="45"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/date_edit.py" line="55"/>
        <source>Pick a date</source>
        <translation>Wybierz datę</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="35"/>
        <source>New deal with {0}</source>
        <translation>Nowa transakcja: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="39"/>
        <source>What the client is interested in</source>
        <translation>Czym interesuje się klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="42"/>
        <source>e.g. 150 000</source>
        <translation>np. 150 000</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="46"/>
        <source>e.g. Call back with a price</source>
        <translation>np. oddzwonić z ceną</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="54"/>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="55"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="56"/>
        <source>Expected revenue:</source>
        <translation>Oczekiwany przychód:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="57"/>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="58"/>
        <source>Planned activity:</source>
        <translation>Planowane działanie:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="59"/>
        <source>Activity date:</source>
        <translation>Data działania:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="64"/>
        <source>Create deal</source>
        <translation>Utwórz transakcję</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="85"/>
        <source>Expected revenue: {0}</source>
        <translation>Oczekiwany przychód: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="92"/>
        <source>A deal needs a topic.</source>
        <translation>Transakcja musi mieć temat.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="95"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deal_dialogs.py" line="95"/>
        <source>Activity date</source>
        <translation>Data działania</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="48"/>
        <source>Create deal…</source>
        <translation>Utwórz transakcję…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="50"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="51"/>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="52"/>
        <source>Change client…</source>
        <translation>Zmień klienta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="59"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="61"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="62"/>
        <source>Expected revenue</source>
        <translation>Oczekiwany przychód</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="63"/>
        <source>Planned activity</source>
        <translation>Planowane działanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="64"/>
        <source>Responsible</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="78"/>
        <source>No deals yet: create one with “Create deal…”.</source>
        <translation>Brak transakcji: utwórz ją przyciskiem „Utwórz transakcję…”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="152"/>
        <source>The deal is finished; only an open deal can be changed.</source>
        <translation>Transakcja jest zakończona; zmieniać można tylko otwarte transakcje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="170"/>
        <source>The deal was not created</source>
        <translation>Transakcja nie została utworzona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="190"/>
        <source>The deal was not closed</source>
        <translation>Transakcja nie została zamknięta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/deals_tab.py" line="221"/>
        <source>The deal was not moved</source>
        <translation>Transakcja nie została przeniesiona</translation>
    </message>
</context>
<context>
    <name>DisciplineReport</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="23"/>
        <source>Executor</source>
        <translation>Wykonawca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="24"/>
        <source>Given</source>
        <translation>Zlecone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="25"/>
        <source>Done on time</source>
        <translation>Wykonane w terminie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="26"/>
        <source>Done late</source>
        <translation>Wykonane po terminie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="27"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="28"/>
        <source>Open, not yet due</source>
        <translation>Otwarte, termin nie minął</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="29"/>
        <source>On time, %</source>
        <translation>W terminie, %</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="36"/>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/table_model.py" line="37"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>DisciplineWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="55"/>
        <source>Execution discipline</source>
        <translation>Dyscyplina wykonania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="60"/>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="61"/>
        <source>&amp;Export to xlsx…</source>
        <translation>&amp;Eksport do xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="83"/>
        <source>Tasks given &amp;from</source>
        <translation>Zadania zlecone &amp;od</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="84"/>
        <source>&amp;to</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="107"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="125"/>
        <source>No tasks were given in this period.</source>
        <translation>W tym okresie nie zlecono żadnych zadań.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/window.py" line="127"/>
        <source>%n task(s) given in this period.</source>
        <translation>
            <numerusform>%n zadanie zlecone w tym okresie.</numerusform>
            <numerusform>%n zadania zlecone w tym okresie.</numerusform>
            <numerusform>%n zadań zleconych w tym okresie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="143"/>
        <source>Export the report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="145"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="150"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/reports/window.py" line="157"/>
        <source>Saved to {0}.</source>
        <translation>Zapisano w {0}.</translation>
    </message>
</context>
<context>
    <name>DistributionForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="45"/>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="160"/>
        <source>To the &amp;responsible managers</source>
        <translation>&amp;Odpowiedzialnym menedżerom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="47"/>
        <source>&amp;Evenly across the users picked</source>
        <translation>&amp;Po równo między wybranych użytkowników</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="63"/>
        <source>(pick users by hand)</source>
        <translation>(wybierz użytkowników ręcznie)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="78"/>
        <source>none; type a name to add one</source>
        <translation>brak; wpisz nazwę, aby dodać</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="103"/>
        <source>Executor</source>
        <translation>Wykonawca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="103"/>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="112"/>
        <source>Executors</source>
        <translation>Wykonawcy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="119"/>
        <source>Fill from a user &amp;group:</source>
        <translation>Wypełnij według &amp;grupy użytkowników:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="124"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="126"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Termin wykonania:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="127"/>
        <source>Con&amp;trol date:</source>
        <translation>Data &amp;kontroli:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="128"/>
        <source>&amp;Project:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="129"/>
        <source>Pre&amp;view: records per executor</source>
        <translation>Podglą&amp;d: rekordy na wykonawcę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="158"/>
        <source>To who &amp;noted each call or email</source>
        <translation>T&amp;emu, kto zarejestrował połączenie lub e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="167"/>
        <source>&amp;Users to share the work:</source>
        <translation>&amp;Użytkownicy, między których podzielić pracę:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="170"/>
        <source>&amp;Users for the records with no one (none picked: you):</source>
        <translation>&amp;Użytkownicy dla rekordów bez opiekuna (nikt nie wybrany: ty):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="230"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="233"/>
        <source>%n task(s), </source>
        <translation>
            <numerusform>%n zadanie, </numerusform>
            <numerusform>%n zadania, </numerusform>
            <numerusform>%n zadań, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="234"/>
        <source>%n record(s) in all.</source>
        <translation>
            <numerusform>razem %n rekord.</numerusform>
            <numerusform>razem %n rekordy.</numerusform>
            <numerusform>razem %n rekordów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="52"/>
        <source>&amp;Create tasks</source>
        <translation>Utwórz &amp;zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="56"/>
        <source>Who gets the tasks</source>
        <translation>Kto dostanie zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="57"/>
        <source>One task per executor, with one row per record found.</source>
        <translation>Jedno zadanie na wykonawcę, po wierszu na każdy znaleziony rekord.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="136"/>
        <source>Creating tasks</source>
        <translation>Tworzenie zadań</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/distribution_page.py" line="136"/>
        <source>Writing the tasks…</source>
        <translation>Zapisywanie zadań…</translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="50"/>
        <source>same phone {0}</source>
        <translation>ten sam telefon {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="51"/>
        <source>same email {0}</source>
        <translation>ten sam e-mail {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="52"/>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="60"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="61"/>
        <source>Open this client&apos;s card instead</source>
        <translation>Otwórz kartę tego klienta zamiast tworzyć nowego</translation>
    </message>
</context>
<context>
    <name>DuplicatesForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="237"/>
        <source>Cards are duplicates when they share</source>
        <translation>Karty są duplikatami, gdy mają wspólny</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="239"/>
        <source>a &amp;phone</source>
        <translation>&amp;telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="240"/>
        <source>an &amp;email</source>
        <translation>&amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="241"/>
        <source>the full na&amp;me</source>
        <translation>pełne &amp;imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="243"/>
        <source>a name only with the same birth &amp;date</source>
        <translation>imię — tylko przy tej samej dacie &amp;urodzenia</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="77"/>
        <source>Duplicates in the base</source>
        <translation>Duplikaty w bazie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="80"/>
        <source>Same &amp;phone</source>
        <translation>Ten sam &amp;telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="81"/>
        <source>Same &amp;email</source>
        <translation>Ten sam &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="82"/>
        <source>Same &amp;name</source>
        <translation>To samo &amp;nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="86"/>
        <source>Names only with the same &amp;birth date</source>
        <translation>Nazwiska tylko z tą samą &amp;datą urodzenia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="87"/>
        <source>&amp;Find</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="95"/>
        <source>&amp;Merges…</source>
        <translation>Sca&amp;lenia…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="97"/>
        <source>Past merges, to undo one</source>
        <translation>Wcześniejsze scalenia, aby cofnąć jedno z nich</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="101"/>
        <source>Choose what to compare and press Find.</source>
        <translation>Wybierz, co porównać, i naciśnij „Szukaj”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="105"/>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="105"/>
        <source>Shared</source>
        <translation>Wspólne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="121"/>
        <source>Choose at least one thing to compare.</source>
        <translation>Wybierz co najmniej jedną rzecz do porównania.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="129"/>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="136"/>
        <source>Looking for duplicates…</source>
        <translation>Szukanie duplikatów…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="151"/>
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>Znaleziono %n grupę duplikatów.</numerusform>
            <numerusform>Znaleziono %n grupy duplikatów.</numerusform>
            <numerusform>Znaleziono %n grup duplikatów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="153"/>
        <source>The first {0} are listed.</source>
        <translation>Pokazano pierwsze {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="162"/>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="42"/>
        <source>Cannot do that</source>
        <translation>Nie można tego zrobić</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="62"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="66"/>
        <source>Something went wrong inside desktop-crm. This is a bug, not something you did. Your saved data is safe; the action that failed was not completed.

Please copy the details below and send them to your administrator.</source>
        <translation>W desktop-crm wystąpił błąd wewnętrzny. To błąd programu, a nie Twój. Zapisane dane są bezpieczne; operacja, która się nie powiodła, nie została wykonana.

Skopiuj poniższe szczegóły i wyślij je administratorowi.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/errors.py" line="79"/>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="11"/>
        <source>The account {login!r} is disabled.</source>
        <translation>Konto {login!r} jest wyłączone.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="15"/>
        <source>{name} ({login}, role {role}) may not {action}. Ask an administrator for a role that allows it.</source>
        <translation>{name} ({login}, rola {role}) nie może {action}. Poproś administratora o rolę, która na to pozwala.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="23"/>
        <source>{name} ({login}) cannot put a client into the queue {queue}: {login} is not a member of it, and the client would disappear from view.</source>
        <translation>{name} ({login}) nie może umieścić klienta w kolejce {queue}: {login} do niej nie należy i klient zniknąłby z widoku.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="31"/>
        <source>There is no role {role!r}. Known roles: {known}.</source>
        <translation>Nie ma roli {role!r}. Znane role: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="35"/>
        <source>There is no user {login!r} in this database. An administrator can add it with `desktop-crm users add {login} --name &quot;Full Name&quot;`.</source>
        <translation>W tej bazie nie ma użytkownika {login!r}. Administrator może go dodać poleceniem `desktop-crm users add {login} --name &quot;Full Name&quot;`.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="43"/>
        <source>Nobody is logged in here: give the login with --user LOGIN or the DESKTOP_CRM_USER variable.</source>
        <translation>Nie wiadomo, kto jest zalogowany: podaj login przez --user LOGIN albo zmienną DESKTOP_CRM_USER.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="49"/>
        <source>A login cannot be empty.</source>
        <translation>Login nie może być pusty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/access.py" line="51"/>
        <source>The login {login!r} is taken already.</source>
        <translation>Login {login!r} jest już zajęty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="11"/>
        <source>{value!r} is not a phone number.</source>
        <translation>{value!r} nie jest numerem telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="14"/>
        <source>{value!r} is not an email address.</source>
        <translation>{value!r} nie jest adresem e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="17"/>
        <source>A {kind} value cannot be empty.</source>
        <translation>Wartość „{kind}” nie może być pusta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="21"/>
        <source>A {kind} value may be at most {max_length} characters long.</source>
        <translation>Wartość „{kind}”: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="25"/>
        <source>A comment on {contact} may be at most {max_length} characters long.</source>
        <translation>Komentarz do {contact}: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="31"/>
        <source>{label} may be at most {max_length} characters long.</source>
        <translation>{label}: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="33"/>
        <source>{label}: {cause}</source>
        <translation>{label}: {cause}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="36"/>
        <source>{value!r} is not a date; type it as DD.MM.YYYY.</source>
        <translation>{value!r} nie jest datą; wpisz ją jako DD.MM.RRRR (DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="39"/>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="42"/>
        <source>{value!r} is not yes or no.</source>
        <translation>{value!r} to ani „tak”, ani „nie”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="45"/>
        <source>{value!r} is not one of: {allowed}.</source>
        <translation>{value!r} nie jest jedną z wartości: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="70"/>
        <source>{value!r} contains a control character ({char}) that cannot be stored; remove it.</source>
        <translation>{value!r} zawiera znak sterujący ({char}), którego nie można zapisać; usuń go.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="12"/>
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation>Klient musi mieć nazwę: wpisz nazwę albo nazwisko i imię.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="17"/>
        <source>{kind!r} is not a kind of client.</source>
        <translation>{kind!r} nie jest rodzajem klienta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="21"/>
        <source>{stage!r} is not a stage; use lead or client.</source>
        <translation>{stage!r} nie jest etapem; użyj lead albo client (klient).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="25"/>
        <source>The chosen group does not exist any more.</source>
        <translation>Wybrana grupa już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="29"/>
        <source>The chosen queue does not exist any more.</source>
        <translation>Wybrana kolejka już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="33"/>
        <source>The chosen responsible manager does not exist any more.</source>
        <translation>Wybrany odpowiedzialny menedżer już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="37"/>
        <source>{name}&apos;s account is disabled; choose another responsible manager.</source>
        <translation>Konto użytkownika {name} jest wyłączone; wybierz innego odpowiedzialnego menedżera.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="43"/>
        <source>The chosen manager does not exist any more.</source>
        <translation>Wybrany menedżer już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="47"/>
        <source>{name}&apos;s account is disabled; choose another manager.</source>
        <translation>Konto użytkownika {name} jest wyłączone; wybierz innego menedżera.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="51"/>
        <source>The chosen company does not exist any more.</source>
        <translation>Wybrana firma już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="55"/>
        <source>{name} is not a company; a client can be attached to a company only.</source>
        <translation>{name} nie jest firmą; klienta można przypisać tylko do firmy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="61"/>
        <source>A company cannot be attached to itself.</source>
        <translation>Firmy nie można przypisać do niej samej.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="65"/>
        <source>Client #{client_id} does not exist any more; someone may have deleted it.</source>
        <translation>Klient nr {client_id} już nie istnieje; ktoś mógł go usunąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="71"/>
        <source>Client #{client_id} does not exist any more; someone deleted it while the card was open.</source>
        <translation>Klient nr {client_id} już nie istnieje; ktoś go usunął, gdy karta była otwarta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/clients.py" line="79"/>
        <source>Client #{client_id} does not exist any more.</source>
        <translation>Klient nr {client_id} już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="13"/>
        <source>{who} changed {what} at {at}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>{who} zmienił(a) {what} o {at}, po tym jak ją otwarto. Wczytaj ją ponownie, aby zobaczyć zmiany, albo zapisz swoje w ich miejsce.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="21"/>
        <source>{who} changed {what}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>{who} zmienił(a) {what} po tym, jak ją otwarto. Wczytaj ją ponownie, aby zobaczyć zmiany, albo zapisz swoje w ich miejsce.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="29"/>
        <source>You ({who}), in another window, changed {what} at {at}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>W innym oknie ({who}) zmieniono {what} o {at}, po tym jak ją tu otwarto. Wczytaj ją ponownie, aby zobaczyć zmiany, albo zapisz swoje w ich miejsce.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="37"/>
        <source>You ({who}), in another window, changed {what}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>W innym oknie ({who}) zmieniono {what} po tym, jak ją tu otwarto. Wczytaj ją ponownie, aby zobaczyć zmiany, albo zapisz swoje w ich miejsce.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="45"/>
        <source>Someone changed {what} at {at}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>Ktoś zmienił {what} o {at}, po tym jak ją otwarto. Wczytaj ją ponownie, aby zobaczyć zmiany, albo zapisz swoje w ich miejsce.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="53"/>
        <source>Someone changed {what}, after you opened it. Reload it to see those changes, or save yours over them.</source>
        <translation>Ktoś zmienił {what} po tym, jak ją otwarto. Wczytaj ją ponownie, aby zobaczyć zmiany, albo zapisz swoje w ich miejsce.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="62"/>
        <source>A group name cannot be empty.</source>
        <translation>Nazwa grupy nie może być pusta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="66"/>
        <source>A group name cannot contain {separator!r}: it separates a group from its subgroup.</source>
        <translation>Nazwa grupy nie może zawierać {separator!r}: ten znak oddziela grupę od podgrupy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="73"/>
        <source>A group name may be at most {max_length} characters long.</source>
        <translation>Nazwa grupy: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="76"/>
        <source>A group path cannot be empty.</source>
        <translation>Ścieżka grupy nie może być pusta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="80"/>
        <source>The parent group does not exist any more.</source>
        <translation>Grupa nadrzędna już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="83"/>
        <source>There is a group {name!r} here already.</source>
        <translation>Grupa {name!r} już tu jest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="86"/>
        <source>The group does not exist any more.</source>
        <translation>Ta grupa już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="88"/>
        <source>A tag cannot be empty.</source>
        <translation>Tag nie może być pusty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="91"/>
        <source>A tag may be at most {max_length} characters long.</source>
        <translation>Tag: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="93"/>
        <source>There is no tag {name!r}.</source>
        <translation>Nie ma tagu {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="94"/>
        <source>There is a tag {name!r} already.</source>
        <translation>Tag {name!r} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="95"/>
        <source>A note cannot be empty.</source>
        <translation>Notatka nie może być pusta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="98"/>
        <source>A note may be at most {max_length} characters long.</source>
        <translation>Notatka: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="100"/>
        <source>The note does not exist any more.</source>
        <translation>Ta notatka już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="103"/>
        <source>Only the author of a note or an administrator may change it.</source>
        <translation>Notatkę może zmienić tylko jej autor albo administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="107"/>
        <source>The contact person does not exist any more; someone may have deleted it.</source>
        <translation>Ta osoba kontaktowa już nie istnieje; ktoś mógł ją usunąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="113"/>
        <source>That contact person is not on this card any more.</source>
        <translation>Tej osoby kontaktowej nie ma już na karcie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="118"/>
        <source>There is no custom field {key!r}.</source>
        <translation>Nie ma pola dodatkowego {key!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="122"/>
        <source>Only a field of type choice has a list of choices.</source>
        <translation>Listę wartości ma tylko pole typu „wybór”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="126"/>
        <source>A choice field needs at least one choice.</source>
        <translation>Pole wyboru musi mieć co najmniej jedną wartość.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="129"/>
        <source>Two choices differ only in case.</source>
        <translation>Dwie wartości różnią się tylko wielkością liter.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="132"/>
        <source>A field needs a label.</source>
        <translation>Pole musi mieć etykietę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="136"/>
        <source>A field label may be at most {max_length} characters long.</source>
        <translation>Etykieta pola: najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="140"/>
        <source>The key {key!r} may hold only small latin letters, digits and _, and must start with a letter.</source>
        <translation>Klucz {key!r} może zawierać tylko małe litery łacińskie, cyfry i _ oraz musi zaczynać się od litery.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="148"/>
        <source>{key!r} is a built-in card field already.</source>
        <translation>{key!r} jest już wbudowanym polem karty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="152"/>
        <source>There is a custom field {key!r} already.</source>
        <translation>Pole dodatkowe {key!r} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="156"/>
        <source>{type!r} is not a field type; choose one of {types}.</source>
        <translation>{type!r} nie jest typem pola; wybierz jeden z: {types}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="161"/>
        <source>A deal needs a topic.</source>
        <translation>Transakcja musi mieć temat.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="165"/>
        <source>The chosen sales scenario does not exist.</source>
        <translation>Wybrany scenariusz sprzedaży nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="169"/>
        <source>The chosen responsible does not exist.</source>
        <translation>Wybrany odpowiedzialny nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="173"/>
        <source>The deal does not exist any more; someone may have deleted it.</source>
        <translation>Ta transakcja już nie istnieje; ktoś mógł ją usunąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="178"/>
        <source>The deal “{topic}” is {status} already.</source>
        <translation>Transakcja „{topic}” jest już {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="182"/>
        <source>The deal “{topic}” is {status}; the client of a finished deal cannot be changed.</source>
        <translation>Transakcja „{topic}” jest {status}; klienta zakończonej transakcji nie można zmienić.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/records.py" line="188"/>
        <source>A sales scenario needs a name.</source>
        <translation>Scenariusz sprzedaży musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="11"/>
        <source>A file needs a name.</source>
        <translation>Plik musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="15"/>
        <source>{name} is {size}; files up to {limit} can be attached. Attach a smaller file, or ask an administrator to raise the limit in Settings.</source>
        <translation>Plik {name} ma {size}; można dołączać pliki do {limit}. Dołącz mniejszy plik albo poproś administratora o zwiększenie limitu w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="21"/>
        <source>{path} is not a file.</source>
        <translation>{path} nie jest plikiem.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="23"/>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="18"/>
        <location filename="../../desktop_crm/error_codes/mail.py" line="18"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Nie można odczytać pliku {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="27"/>
        <source>The file does not exist any more; someone may have deleted it.</source>
        <translation>Ten plik już nie istnieje; ktoś mógł go usunąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="32"/>
        <source>Cannot save the file to {path}: {reason}.</source>
        <translation>Nie można zapisać pliku w {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="35"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation>Nie można zapisać {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="38"/>
        <source>Export to .xlsx or .csv, not {suffix}.</source>
        <translation>Eksportować można do .xlsx lub .csv, nie do {suffix}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="42"/>
        <source>The number of demo clients must be between 1 and {max_count:,}; got {count:,}.</source>
        <translation>Liczba klientów demonstracyjnych musi wynosić od 1 do {max_count:,}; podano {count:,}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="51"/>
        <source>The database address {url!r} is not a valid URL.</source>
        <translation>Adres bazy danych {url!r} nie jest poprawnym URL-em.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="55"/>
        <source>This kind of database is not supported: {url!r}.</source>
        <translation>Ten rodzaj bazy danych nie jest obsługiwany: {url!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="59"/>
        <source>{folder} is a file, not a folder for the database file.</source>
        <translation>{folder} to plik, a nie folder na plik bazy danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="63"/>
        <source>The folder {folder} for the database file does not exist.</source>
        <translation>Folder {folder} na plik bazy danych nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="67"/>
        <source>{url} holds tables that are not a desktop_crm database. Choose an empty database or a desktop_crm one.</source>
        <translation>{url} zawiera tabele, które nie należą do bazy desktop_crm. Wybierz pustą bazę albo bazę desktop_crm.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="75"/>
        <source>{path} is not a desktop_crm database file ({detail}).</source>
        <translation>{path} nie jest plikiem bazy danych desktop_crm ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="79"/>
        <source>The database file {path} is read-only, so changes cannot be saved ({detail}).</source>
        <translation>Plik bazy danych {path} jest tylko do odczytu, więc zmian nie można zapisać ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="86"/>
        <source>The database file {path} is locked by another program that is still writing to it; try again when it has finished ({detail}).</source>
        <translation>Plik bazy danych {path} jest zablokowany przez inny program, który wciąż do niego zapisuje; spróbuj ponownie, gdy skończy ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="94"/>
        <source>The database file {path} cannot be written: {detail}.</source>
        <translation>Nie można zapisać pliku bazy danych {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="98"/>
        <source>The database file {path} cannot be opened: {detail}.</source>
        <translation>Nie można otworzyć pliku bazy danych {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="102"/>
        <source>Cannot connect to the database {url}: {detail}.</source>
        <translation>Nie można połączyć się z bazą danych {url}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="106"/>
        <source>Another user was changing the same records at the same moment, so nothing was saved; please try again.</source>
        <translation>Inny użytkownik w tej samej chwili zmieniał te same rekordy, więc nic nie zapisano; spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/files.py" line="114"/>
        <source>The database {url} failed during the operation, so nothing was saved: {detail}.</source>
        <translation>Baza danych {url} zawiodła w trakcie operacji, więc nic nie zapisano: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="11"/>
        <source>The file {path} does not exist.</source>
        <translation>Plik {path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="14"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} to folder, a nie plik.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="20"/>
        <source>{source} is empty.</source>
        <translation>{source}: brak danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="22"/>
        <source>The {source} is empty.</source>
        <translation>{source}: brak danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="26"/>
        <source>The {source} contains NUL characters: it is not a table.</source>
        <translation>{source}: zawiera znaki NUL, to nie jest tabela.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="30"/>
        <source>{source} holds no table: it is empty or blank.</source>
        <translation>{source}: brak tabeli, wszystko jest puste.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="34"/>
        <source>{source} has only a header row and no clients under it.</source>
        <translation>{source}: jest tylko wiersz nagłówków, bez klientów pod nim.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="38"/>
        <source>{source} is not valid {encoding} text; choose its encoding by hand.</source>
        <translation>{source}: to nie jest tekst w kodowaniu {encoding}; wybierz kodowanie ręcznie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="44"/>
        <source>{source} is not valid {encoding} text near row {row}; choose its encoding by hand.</source>
        <translation>{source}: w pobliżu wiersza {row} tekst nie jest w kodowaniu {encoding}; wybierz kodowanie ręcznie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="51"/>
        <source>The file&apos;s encoding is not certain: it reads best as {encoding}, but not cleanly; choose it by hand (on the command line: --encoding {encoding}).</source>
        <translation>Kodowanie pliku nie jest pewne: najlepiej czyta się jako {encoding}, ale nie bez błędów; wybierz je ręcznie (w wierszu poleceń: --encoding {encoding}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="59"/>
        <source>{source} contains a NUL byte at row {row}: the file is damaged or not a text table.</source>
        <translation>{source}: w wierszu {row} jest bajt NUL — plik jest uszkodzony albo nie jest tabelą tekstową.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="66"/>
        <source>{source} cannot be read at row {row}: {detail}.</source>
        <translation>{source}: nie można odczytać wiersza {row}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="70"/>
        <source>The file contains NUL bytes: it is not a text table (a binary file, or damaged).</source>
        <translation>Plik zawiera bajty NUL: to nie jest tabela tekstowa (plik binarny albo uszkodzony).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="77"/>
        <source>The encoding of the file cannot be recognised; give it explicitly.</source>
        <translation>Nie można rozpoznać kodowania pliku; podaj je wprost.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="83"/>
        <source>Row {row} has {columns} columns; a client list has at most {max_columns}.</source>
        <translation>Wiersz {row} ma kolumn: {columns}; lista klientów ma ich najwyżej {max_columns}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="89"/>
        <source>Row {row} has a cell of {length:,} characters; a cell may hold at most {max_length:,}. The file is damaged or not a client list.</source>
        <translation>Wiersz {row} ma komórkę o długości {length:,} znaków; komórka może mieć najwyżej {max_length:,}. Plik jest uszkodzony albo nie jest listą klientów.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="97"/>
        <source>{source} is not a spreadsheet: its content is not an Excel or OpenDocument workbook. If it is a text table, give it a .csv or .txt name.</source>
        <translation>{source} nie jest arkuszem: to nie jest skoroszyt Excel ani OpenDocument. Jeśli to tabela tekstowa, nadaj plikowi rozszerzenie .csv lub .txt.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="105"/>
        <source>{source} is a workbook; save it to a file and import the file.</source>
        <translation>{source} to skoroszyt; zapisz go do pliku i zaimportuj plik.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="111"/>
        <source>{source} is damaged: the workbook is truncated or corrupt and cannot be opened.</source>
        <translation>{source} jest uszkodzony: skoroszyt jest ucięty lub zepsuty i nie da się go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="118"/>
        <source>{source} would unpack to {gigabytes:.1f} GB; it is refused as unsafe (a real client list is far smaller).</source>
        <translation>{source} po rozpakowaniu zająłby {gigabytes:.1f} GB; odrzucono go jako niebezpieczny (prawdziwa lista klientów jest dużo mniejsza).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="126"/>
        <source>{source} is refused as unsafe: one of its parts unpacks {ratio:,.0f} times larger than it is stored (a zip bomb).</source>
        <translation>{source} odrzucono jako niebezpieczny: jedna z jego części po rozpakowaniu jest {ratio:,.0f} razy większa niż zapisana (bomba zip).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="134"/>
        <source>{source} is refused as unsafe: it unpacks {ratio:,.0f} times larger than it is stored (a zip bomb).</source>
        <translation>{source} odrzucono jako niebezpieczny: po rozpakowaniu jest {ratio:,.0f} razy większy niż zapisany (bomba zip).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="142"/>
        <source>{source} is a zip archive, not an Excel or OpenDocument workbook.</source>
        <translation>{source} to archiwum zip, a nie skoroszyt Excel ani OpenDocument.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="148"/>
        <source>{source} cannot be read as a workbook: it is damaged or not really {kind} ({detail}).</source>
        <translation>Nie można odczytać {source} jako skoroszytu: plik jest uszkodzony albo nie jest naprawdę {kind} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="155"/>
        <source>{source} holds no table: its sheets are empty.</source>
        <translation>{source}: brak tabeli, wszystkie arkusze są puste.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="159"/>
        <source>The sheet {sheet!r} of {source} cannot be read: the workbook is damaged ({detail}).</source>
        <translation>Nie można odczytać arkusza {sheet!r} w {source}: skoroszyt jest uszkodzony ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="166"/>
        <source>{source} cannot be read as vCard: {detail}.</source>
        <translation>Nie można odczytać {source} jako vCard: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_file.py" line="170"/>
        <source>{source} holds no contact cards (no BEGIN:VCARD).</source>
        <translation>{source} nie zawiera wizytówek (brak BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="12"/>
        <source>{source} has no sheet {sheet!r}; its sheets: {sheets}.</source>
        <translation>{source} nie ma arkusza {sheet!r}; arkusze: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="16"/>
        <source>{value!r} is not a column separator; use auto, &apos;,&apos;, &apos;;&apos;, tab, space or one character.</source>
        <translation>{value!r} nie jest separatorem kolumn; użyj auto, &apos;,&apos;, &apos;;&apos;, tab, space albo jednego znaku.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="23"/>
        <source>{encoding!r} is not an encoding this program knows.</source>
        <translation>Program nie zna kodowania {encoding!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="27"/>
        <source>Unknown duplicate search step {steps!r}; use phone, email, name (or none).</source>
        <translation>Nieznany krok wyszukiwania duplikatów {steps!r}; użyj phone, email, name (albo none).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="33"/>
        <source>{field!r} cannot be the unique field; use one of {allowed} or custom.&lt;key&gt;.</source>
        <translation>{field!r} nie może być polem unikalnym; użyj jednego z: {allowed} albo custom.&lt;key&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="39"/>
        <source>The unique field {field!r} is not matched to any column.</source>
        <translation>Pole unikalne {field!r} nie jest przypisane do żadnej kolumny.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="43"/>
        <source>A mapping must look like {{&quot;columns&quot;: {{&quot;&lt;column name or number&gt;&quot;: &quot;&lt;field key&gt;&quot;}}}}.</source>
        <translation>Przypisanie musi wyglądać tak: {{&quot;columns&quot;: {{&quot;&lt;column name or number&gt;&quot;: &quot;&lt;field key&gt;&quot;}}}}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="50"/>
        <source>{key!r} in the mapping is not a card field. Known: {known}.</source>
        <translation>{key!r} w przypisaniu nie jest polem karty. Znane: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="54"/>
        <source>The mapping names a column {column!r} that the file lacks.</source>
        <translation>Przypisanie wskazuje kolumnę {column!r}, której w pliku nie ma.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="58"/>
        <source>The mapping file {path} does not exist.</source>
        <translation>Plik przypisania {path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="62"/>
        <source>The mapping file {path} is not valid JSON ({detail}).</source>
        <translation>Plik przypisania {path} nie jest poprawnym JSON-em ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="65"/>
        <source>{problems} ({reason})</source>
        <translation>Przypisanie kolumn nie nadaje się ({reason}): {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="68"/>
        <source>{problems}</source>
        <translation>Przypisanie kolumn nie nadaje się: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="71"/>
        <source>A saved matching needs a name.</source>
        <translation>Zapisane przypisanie musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="75"/>
        <source>There is no saved matching called {name!r}.</source>
        <translation>Nie ma zapisanego przypisania {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="79"/>
        <source>The phone rule {rule!r} is malformed; write it like [11]/-7+8 (in 11-digit numbers replace a leading 7 by 8), [10]/+7 (put 7 in front of 10-digit numbers) or [11]/-8 (drop a leading 8).</source>
        <translation>Reguła telefonów {rule!r} jest błędna; zapisz ją tak: [11]/-7+8 (w numerach 11-cyfrowych zamień początkowe 7 na 8), [10]/+7 (dodaj 7 przed numerami 10-cyfrowymi) albo [11]/-8 (usuń początkowe 8).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="88"/>
        <source>The phone validation rule {rule!r} is malformed; write it like [11] (only 11-digit numbers pass), [10,11] or [10-12].</source>
        <translation>Reguła sprawdzania telefonów {rule!r} jest błędna; zapisz ją tak: [11] (przechodzą tylko numery 11-cyfrowe), [10,11] albo [10-12].</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="96"/>
        <source>The phone validation rule {rule!r} is not a range.</source>
        <translation>Reguła sprawdzania telefonów {rule!r} nie jest zakresem.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="100"/>
        <source>Phones are required but no column is matched to Phones (no_phones_column).</source>
        <translation>Telefony są wymagane, ale żadna kolumna nie jest przypisana do pola „Telefony”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="106"/>
        <source>Update mode needs a duplicate search step (phone, email or name) or a unique field to find the clients to update.</source>
        <translation>Tryb aktualizacji wymaga kroku wyszukiwania duplikatów (telefon, e-mail lub nazwa) albo pola unikalnego, aby znaleźć klientów do aktualizacji.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="114"/>
        <source>There is no user {login!r} to make responsible.</source>
        <translation>Nie ma użytkownika {login!r}, którego można by wyznaczyć jako odpowiedzialnego.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="58"/>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="117"/>
        <source>There is no queue {name!r}.</source>
        <translation>Nie ma kolejki {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="121"/>
        <source>There is no sales scenario {name!r}.</source>
        <translation>Nie ma scenariusza sprzedaży {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="124"/>
        <source>{path!r} is not a group name.</source>
        <translation>{path!r} nie jest nazwą grupy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="128"/>
        <source>{mode!r} is not an import mode; use add, update or add-update.</source>
        <translation>{mode!r} nie jest trybem importu; użyj add, update albo add-update.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="134"/>
        <source>{region!r} is not a region; use a two-letter country code like RU or PL.</source>
        <translation>{region!r} nie jest regionem; podaj dwuliterowy kod kraju, np. RU lub PL.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="140"/>
        <source>Save failed rows as .xlsx or .csv, not {suffix}.</source>
        <translation>Wiersze z błędami można zapisać jako .xlsx lub .csv, nie jako {suffix}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="144"/>
        <source>Some of the clients this import updates were changed by someone else while it ran; nothing was imported. Run the import again.</source>
        <translation>Podczas importu ktoś inny zmienił niektórych aktualizowanych klientów; nic nie zaimportowano. Uruchom import ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="153"/>
        <source>There is no import #{job_id}.</source>
        <translation>Nie ma importu nr {job_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="156"/>
        <source>Import #{job_id} was undone already.</source>
        <translation>Import nr {job_id} został już cofnięty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="160"/>
        <source>Import #{job_id} is {status}; it changed nothing to undo.</source>
        <translation>Import nr {job_id}: {status}; niczego nie zmienił, nie ma czego cofać.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="164"/>
        <source>Import #{job_id} is being undone right now, by someone else or in another window. Nothing was done twice; look at the import history again in a moment.</source>
        <translation>Import nr {job_id} jest właśnie cofany — przez kogoś innego lub w innym oknie. Nic nie zostało zrobione dwa razy; zajrzyj do historii importu za chwilę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/import_settings.py" line="172"/>
        <source>Import #{job_id} cannot be undone: some of its clients were changed while it was being undone. Nothing was undone.</source>
        <translation>Importu nr {job_id} nie można cofnąć: niektórych jego klientów zmieniono w trakcie cofania. Niczego nie cofnięto.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="27"/>
        <source>The full name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="28"/>
        <source>The last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="29"/>
        <source>The first name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="30"/>
        <source>The middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="31"/>
        <source>The address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="32"/>
        <source>The website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="33"/>
        <source>The position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="34"/>
        <source>The topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="35"/>
        <source>The description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="36"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="37"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="38"/>
        <source>Deal date</source>
        <translation>Data transakcji</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="39"/>
        <source>Activity date</source>
        <translation>Data działania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="40"/>
        <source>Expected revenue</source>
        <translation>Oczekiwany przychód</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="43"/>
        <source>edit clients</source>
        <translation>edytować klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="44"/>
        <source>import clients</source>
        <translation>importować klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="45"/>
        <source>export clients</source>
        <translation>eksportować klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="46"/>
        <source>delete clients</source>
        <translation>usuwać klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="47"/>
        <source>run control wizards</source>
        <translation>uruchamiać kreatorów kontroli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="48"/>
        <source>administer users, roles, fields and settings</source>
        <translation>zarządzać użytkownikami, rolami, polami i ustawieniami</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="51"/>
        <source>the card of {name}</source>
        <translation>kartę klienta {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="52"/>
        <source>the contact person {name}</source>
        <translation>osobę kontaktową {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="55"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="56"/>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="57"/>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="58"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="59"/>
        <source>failed</source>
        <translation>nieudany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="60"/>
        <source>cancelled</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="61"/>
        <source>a check only</source>
        <translation>tylko sprawdzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="64"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="65"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="68"/>
        <source>pasted text</source>
        <translation>wklejony tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="69"/>
        <source>standard input</source>
        <translation>standardowe wejście</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="72"/>
        <source>no matched fields</source>
        <translation>nie przypisano żadnego pola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="73"/>
        <source>a required field is missing</source>
        <translation>brakuje wymaganego pola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="75"/>
        <source>{count} bytes</source>
        <translation>{count} B</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="77"/>
        <source>there is no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="78"/>
        <location filename="../../desktop_crm/ui/error_words.py" line="79"/>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="80"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="81"/>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="82"/>
        <source>a part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/error_words.py" line="83"/>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="47"/>
        <source>{value!r} has no year.</source>
        <translation>{value!r} — brak roku.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="50"/>
        <source>{value!r} is not a date; the month has no such day.</source>
        <translation>{value!r} to nie data: ten miesiąc nie ma takiego dnia.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="53"/>
        <source>{value!r} has an impossible year.</source>
        <translation>{value!r} — niemożliwy rok.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="56"/>
        <source>{value:%d.%m.%Y} is in the future.</source>
        <translation>{value:%d.%m.%Y} — data w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="60"/>
        <source>{value:%d.%m.%Y} is too far in the past.</source>
        <translation>{value:%d.%m.%Y} — zbyt odległa data.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="63"/>
        <source>{value!r} cannot be negative.</source>
        <translation>{value!r} — wartość nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/values.py" line="66"/>
        <source>{value!r} is too large.</source>
        <translation>{value!r} — wartość jest zbyt duża.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/base_settings.py" line="11"/>
        <source>{region!r} is not a country code of phone numbers; use two letters such as RU, PL or US.</source>
        <translation>{region!r} to nie kod kraju numerów telefonów; podaj dwie litery, na przykład RU, PL lub US.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/base_settings.py" line="19"/>
        <source>The attachment size limit must be between 1 and {max_mb} MB, not {value}.</source>
        <translation>Limit rozmiaru załącznika musi wynosić od 1 do {max_mb} MB, a nie {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="13"/>
        <source>The settings file {path} is not valid JSON ({detail}); correct it, or delete it to start with the default settings.</source>
        <translation>Plik ustawień {path} nie jest poprawnym JSON ({detail}); popraw go lub usuń, aby zacząć od ustawień domyślnych.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="21"/>
        <source>The settings file {path} must hold named settings in braces, such as {{&quot;language&quot;: &quot;ru&quot;}}; correct it, or delete it to start with the default settings.</source>
        <translation>Plik ustawień {path} musi zawierać nazwane ustawienia w nawiasach klamrowych, na przykład {{&quot;language&quot;: &quot;ru&quot;}}; popraw go lub usuń, aby zacząć od ustawień domyślnych.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="29"/>
        <source>The setting &quot;{key}&quot; in {path} must be text in quotes, not {value}; correct it, or delete the line to use the default.</source>
        <translation>Ustawienie „{key}” w {path} musi być tekstem w cudzysłowie, a nie {value}; popraw je lub usuń wiersz, aby użyć wartości domyślnej.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="37"/>
        <source>{path} is neither a database address nor an existing database file. Give an existing file, a new file name ending in .sqlite, .sqlite3 or .db in an existing folder, or an address such as postgresql://user@host/base.</source>
        <translation>{path} nie jest ani adresem bazy danych, ani istniejącym plikiem bazy. Podaj istniejący plik, nazwę nowego pliku z końcówką .sqlite, .sqlite3 lub .db w istniejącym folderze albo adres w rodzaju postgresql://user@host/base.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="47"/>
        <source>This base was upgraded by a newer desktop_crm (revision {revision}); update the application.</source>
        <translation>Ta baza została zaktualizowana przez nowszą wersję desktop_crm (rewizja {revision}); zaktualizuj aplikację.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="55"/>
        <source>The database file {path} could not be backed up before its upgrade, so it was left as it was and not upgraded: {reason}.</source>
        <translation>Nie udało się wykonać kopii zapasowej pliku bazy danych {path} przed aktualizacją, więc pozostawiono go bez zmian i nie zaktualizowano: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="64"/>
        <source>The export could not be saved to {path}: {reason}. A file that was there before is unchanged.</source>
        <translation>Nie udało się zapisać eksportu do {path}: {reason}. Plik, który był tam wcześniej, pozostał bez zmian.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="72"/>
        <source>Another user saved the same records while this import ran, so nothing was imported; run the import again.</source>
        <translation>Inny użytkownik zapisał te same rekordy w trakcie tego importu, więc nic nie zaimportowano; uruchom import ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="11"/>
        <source>{login!r} is the last active administrator: make another user an administrator first.</source>
        <translation>{login!r} to ostatni aktywny administrator: najpierw nadaj rolę administratora innemu użytkownikowi.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="17"/>
        <source>A queue needs a name.</source>
        <translation>Kolejka musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="21"/>
        <source>A queue name may be at most {max_length} characters long.</source>
        <translation>Nazwa kolejki może mieć najwyżej {max_length} znaków.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="24"/>
        <source>There is a queue {name!r} already.</source>
        <translation>Kolejka {name!r} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="27"/>
        <source>A tag cannot be merged into itself.</source>
        <translation>Tagu nie można scalić z nim samym.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="31"/>
        <source>A group cannot be moved into itself or its own subgroup.</source>
        <translation>Grupy nie można przenieść do niej samej ani do jej podgrupy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/admin.py" line="35"/>
        <source>The group {name!r} is not empty (clients: {clients}, subgroups: {subgroups}); move them out first.</source>
        <translation>Grupa {name!r} nie jest pusta (klienci: {clients}, podgrupy: {subgroups}); najpierw je przenieś.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/storage.py" line="81"/>
        <source>What this change refers to was deleted by someone else meanwhile; nothing was saved. Reload and try again.</source>
        <translation>To, czego dotyczy ta zmiana, ktoś inny w międzyczasie usunął; nic nie zapisano. Odśwież i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/reports.py" line="11"/>
        <source>The period starts on {start} after it ends on {end}.</source>
        <translation>Okres zaczyna się {start}, po swoim końcu {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="11"/>
        <source>Choose at least one other card to merge into #{keep_id}.</source>
        <translation>Wybierz co najmniej jedną inną kartę do scalenia z nr {keep_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="15"/>
        <source>Client #{keep_id} is the card kept; it cannot be merged into itself.</source>
        <translation>Klient nr {keep_id} to karta, która zostaje; nie można jej scalić z nią samą.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="21"/>
        <source>A merge cannot choose {choice!r}; the fields it chooses are: {fields}.</source>
        <translation>Scalanie nie może wybrać {choice!r}; można wybrać pola: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="27"/>
        <source>Client #{client_id}, chosen for {choice!r}, is not one of the cards being merged.</source>
        <translation>Klient nr {client_id}, wybrany dla {choice!r}, nie należy do scalanych kart.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="33"/>
        <source>There is no merge #{bulk_edit_id}.</source>
        <translation>Nie ma scalenia nr {bulk_edit_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="37"/>
        <source>Merge #{bulk_edit_id} has been undone already.</source>
        <translation>Scalenie nr {bulk_edit_id} zostało już cofnięte.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/merging.py" line="41"/>
        <source>Client #{client_id}, the card merge #{bulk_edit_id} kept, has been deleted since; the merge cannot be undone.</source>
        <translation>Klient nr {client_id}, karta zachowana przez scalenie nr {bulk_edit_id}, został od tego czasu usunięty; scalenia nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="11"/>
        <source>{kind!r} is not a contact kind to check; choose from {known}.</source>
        <translation>{kind!r} nie jest rodzajem kontaktu do sprawdzenia; wybierz spośród: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="17"/>
        <source>Choose at least one thing to check.</source>
        <translation>Wybierz co najmniej jedną rzecz do sprawdzenia.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="21"/>
        <source>{value!r} is not a card field or custom field that can be checked.</source>
        <translation>{value!r} nie jest polem karty ani polem dodatkowym, które można sprawdzić.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="27"/>
        <source>{mode!r} is not a way to check; use any or all.</source>
        <translation>{mode!r} nie jest sposobem sprawdzania; użyj any (brak któregokolwiek) lub all (brak wszystkich).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="31"/>
        <source>{mode!r} is not a way to give out tasks; use managers or even.</source>
        <translation>{mode!r} nie jest sposobem rozdziału zadań; użyj managers (opiekunom) lub even (po równo).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="37"/>
        <source>There is no active user {login!r} to give tasks to.</source>
        <translation>Nie ma aktywnego użytkownika {login!r}, któremu można dać zadanie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="41"/>
        <source>There is no user {login!r} whose clients to check.</source>
        <translation>Nie ma użytkownika {login!r}, którego klientów trzeba sprawdzić.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="45"/>
        <source>There is no user group {name!r}.</source>
        <translation>Nie ma grupy użytkowników {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="49"/>
        <source>There is nobody to give the tasks to: pick users or a user group.</source>
        <translation>Nie ma komu dać zadań: wybierz użytkowników lub grupę użytkowników.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="55"/>
        <source>There is no client group {path!r}.</source>
        <translation>Nie ma grupy klientów {path!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="62"/>
        <source>{value!r} is not a date; type it as YYYY-MM-DD.</source>
        <translation>{value!r} nie jest datą; wpisz ją jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="66"/>
        <source>The due date {due} is before today, {today}.</source>
        <translation>Termin {due} jest wcześniejszy niż dziś, {today}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="70"/>
        <source>{value!r} is not a direction; use in or out.</source>
        <translation>{value!r} nie jest kierunkiem; użyj in (przychodzące) lub out (wychodzące).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/control.py" line="74"/>
        <source>{value!r} is not a kind of interaction; use call or email.</source>
        <translation>{value!r} nie jest rodzajem kontaktu; użyj call (rozmowa) lub email (wiadomość).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/base_settings.py" line="25"/>
        <source>{language!r} is not a language names can be sorted in; use one of {known}.</source>
        <translation>{language!r} nie jest językiem, według którego można sortować nazwy; użyj jednego z: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/bulk_edits.py" line="11"/>
        <source>There is no bulk edit #{bulk_edit_id}.</source>
        <translation>Nie ma zmiany zbiorczej nr {bulk_edit_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/bulk_edits.py" line="15"/>
        <source>Bulk edit #{bulk_edit_id} has been undone already.</source>
        <translation>Zmiana zbiorcza nr {bulk_edit_id} została już cofnięta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/bulk_edits.py" line="19"/>
        <source>Bulk edit #{bulk_edit_id} cannot be undone from here.</source>
        <translation>Zmiany zbiorczej nr {bulk_edit_id} nie można cofnąć w tym miejscu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="11"/>
        <source>A task needs a title.</source>
        <translation>Zadanie musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="15"/>
        <source>There is no task #{task_id}: it may have been deleted.</source>
        <translation>Nie ma zadania nr {task_id}: mogło zostać usunięte.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="19"/>
        <source>{name} ({login}) may see and close only their own tasks; task #{task_id} is given to someone else.</source>
        <translation>{name} ({login}) może widzieć i zamykać tylko własne zadania; zadanie nr {task_id} przydzielono komuś innemu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="26"/>
        <source>Task #{task_id} is closed already.</source>
        <translation>Zadanie nr {task_id} jest już zamknięte.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/tasks.py" line="30"/>
        <source>Task #{task_id} cannot be closed yet: {left} of its {items} items are not done. Fill in what they lack, then refresh the task.</source>
        <translation>Zadania nr {task_id} nie można jeszcze zamknąć: niewykonane pozycje — {left} z {items}. Uzupełnij brakujące dane i odśwież zadanie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="10"/>
        <source>{path} does not exist.</source>
        <translation>{path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="14"/>
        <source>The folder {path} holds no .eml, .msg or .mbox files.</source>
        <translation>Folder {path} nie zawiera plików .eml, .msg ani .mbox.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="22"/>
        <source>The file {path} is not an email message or a mailbox.</source>
        <translation>Plik {path} nie jest wiadomością e-mail ani skrzynką pocztową.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="26"/>
        <source>The mailbox {path} is broken: message {number} at line {line} is not an email message.</source>
        <translation>Skrzynka pocztowa {path} jest uszkodzona: wiadomość {number} w wierszu {line} nie jest wiadomością e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="34"/>
        <source>The Outlook message {path} is damaged and cannot be read: it was skipped.</source>
        <translation>Wiadomość Outlooka {path} jest uszkodzona i nie da się jej odczytać: pominięto ją.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/mail.py" line="40"/>
        <source>{value!r} is neither an email address nor a domain written as @firm.com.</source>
        <translation>{value!r} nie jest ani adresem e-mail, ani domeną zapisaną jako @firm.com.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="12"/>
        <source>{source} is not a call log this program knows (Asterisk Master.csv, a FreePBX CDR export, or a table with a date and a number column); give its columns with --mapping FILE.json or --preset NAME.</source>
        <translation>{source} nie jest znanym programowi rejestrem połączeń (Asterisk Master.csv, eksport CDR z FreePBX ani tabela z kolumnami daty i numeru); wskaż jego kolumny przez --mapping FILE.json lub --preset NAME.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="21"/>
        <source>{source} is not an Asterisk Master.csv: its first row ({columns} columns) is not a call record of 16, 18 or 21 columns with the start time in the 10th.</source>
        <translation>{source} nie jest plikiem Asterisk Master.csv: jego pierwszy wiersz (kolumn: {columns}) nie jest zapisem połączenia z 16, 18 lub 21 kolumnami i czasem rozpoczęcia w 10.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="29"/>
        <source>{source} has only a header row and no calls under it.</source>
        <translation>{source} ma tylko wiersz nagłówka i żadnych połączeń pod nim.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="33"/>
        <source>{source} is not a FreePBX CDR export: its header lacks {missing}.</source>
        <translation>{source} nie jest eksportem CDR z FreePBX: w nagłówku brakuje {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="39"/>
        <source>{key!r} in the mapping is not a call field. Known: {known}.</source>
        <translation>{key!r} w dopasowaniu nie jest polem połączenia. Znane: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="43"/>
        <source>The columns of {source} give no {missing}: match a column to it in the mapping.</source>
        <translation>Kolumny {source} nie podają: {missing}; dopasuj do tego kolumnę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="50"/>
        <source>There is no saved call-log matching called {name!r}.</source>
        <translation>Nie ma zapisanego dopasowania rejestru połączeń o nazwie {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="54"/>
        <source>The name {name!r} belongs to a saved matching of client lists; choose another name.</source>
        <translation>Nazwa {name!r} należy do zapisanego dopasowania list klientów; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="61"/>
        <source>{name!r} is not a time zone; name one as Europe/Moscow, Europe/Warsaw or UTC.</source>
        <translation>{name!r} nie jest strefą czasową; podaj ją jako Europe/Moscow, Europe/Warsaw lub UTC.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/calls.py" line="68"/>
        <source>{value!r} is not a date and time; write it as DD.MM.YYYY HH:MM:SS.</source>
        <translation>{value!r} nie jest datą i godziną; zapisz jako DD.MM.RRRR GG:MM:SS.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="11"/>
        <source>The call or email does not exist any more.</source>
        <translation>Tej rozmowy lub wiadomości już nie ma.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="15"/>
        <source>Linking can run every 1 to {max_minutes} minutes, not every {value}.</source>
        <translation>Przypisywanie może działać co 1–{max_minutes} minut, nie co {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="21"/>
        <source>{value!r} is not a time of day; write it as HH:MM, for example 02:30.</source>
        <translation>{value!r} to nie jest godzina; wpisz ją jako GG:MM, na przykład 02:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="27"/>
        <source>{value!r} is not a date and time; write it as YYYY-MM-DD HH:MM.</source>
        <translation>{value!r} to nie jest data i godzina; wpisz je jako RRRR-MM-DD GG:MM.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/linking.py" line="33"/>
        <source>A call lasts from 0 to {max_seconds} seconds, not {value}.</source>
        <translation>Rozmowa trwa od 0 do {max_seconds} sekund, nie {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="11"/>
        <source>There is no mail account named {name!r} on this computer.</source>
        <translation>Na tym komputerze nie ma konta pocztowego {name!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="15"/>
        <source>No mail account is set up on this computer: add one with its server first.</source>
        <translation>Na tym komputerze nie skonfigurowano żadnego konta pocztowego: najpierw dodaj konto i jego serwer.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="21"/>
        <source>A mail account needs a name, a server and a login.</source>
        <translation>Konto pocztowe wymaga nazwy, serwera i loginu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="25"/>
        <source>{value!r} is not a port number (1 to 65535).</source>
        <translation>{value!r} nie jest numerem portu (od 1 do 65535).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="29"/>
        <source>{value!r} is not a connection security: tls, starttls or none.</source>
        <translation>{value!r} nie jest sposobem zabezpieczenia połączenia: tls, starttls lub none.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="35"/>
        <source>The mail accounts in {path} are not a list of accounts: {detail}.</source>
        <translation>Konta pocztowe w {path} nie są listą kont: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="41"/>
        <source>The password of the mail account {name!r} is not in the keyring: add it again.</source>
        <translation>Hasła konta pocztowego {name!r} nie ma w magazynie haseł: dodaj konto ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="48"/>
        <source>The system keyring that keeps mail passwords cannot be used: {detail}.</source>
        <translation>Systemowy magazyn haseł, w którym są hasła poczty, jest niedostępny: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="54"/>
        <source>The mail server {host}:{port} cannot be reached: {detail}.</source>
        <translation>Serwer pocztowy {host}:{port} jest nieosiągalny: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="58"/>
        <source>A secure connection to the mail server {host}:{port} failed: {detail}.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z serwerem pocztowym {host}:{port}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="64"/>
        <source>The mail server {host} refused the login {login!r}: wrong login or password.</source>
        <translation>Serwer pocztowy {host} odmówił logowania {login!r}: błędny login lub hasło.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="70"/>
        <source>The mail account {name!r} has no folder {folder!r}.</source>
        <translation>Konto pocztowe {name!r} nie ma folderu {folder!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/imap.py" line="74"/>
        <source>The connection to the mail server {host} broke during the fetch ({detail}); the messages stored before stay, the next fetch goes on from there.</source>
        <translation>Połączenie z serwerem pocztowym {host} zerwało się podczas pobierania poczty ({detail}); zapisane wcześniej wiadomości zostają, następne pobieranie zacznie od tego miejsca.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="11"/>
        <source>Team mode needs a PostgreSQL base; {url} is not one.</source>
        <translation>Praca zespołowa wymaga bazy PostgreSQL; {url} nią nie jest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="15"/>
        <source>Setting up a team base needs a superuser, or a role with CREATEROLE that owns the tables: {detail}.</source>
        <translation>Przygotowanie bazy zespołowej wymaga superużytkownika lub roli z uprawnieniem CREATEROLE, która jest właścicielem tabel: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="23"/>
        <source>{url} is not a team base yet: run “desktop-crm db init-team” first.</source>
        <translation>{url} nie jest jeszcze bazą zespołową: najpierw uruchom „desktop-crm db init-team”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="28"/>
        <source>The password is empty.</source>
        <translation>Hasło jest puste.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="31"/>
        <source>The two passwords differ.</source>
        <translation>Oba hasła się różnią.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="35"/>
        <source>The server refused the login {login!r}: the password is wrong or there is no such login.</source>
        <translation>Serwer odrzucił logowanie {login!r}: hasło jest błędne albo nie ma takiego loginu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="43"/>
        <source>The login {login!r} is disabled: an administrator can enable it again.</source>
        <translation>Login {login!r} jest wyłączony: administrator może go ponownie włączyć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="49"/>
        <source>Cannot connect to the database server {server}: check its address and that it is running.</source>
        <translation>Nie można połączyć się z serwerem bazy danych {server}: sprawdź jego adres i czy działa.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/team.py" line="57"/>
        <source>The server already has a role {login!r} that is not a CRM login: choose another login.</source>
        <translation>Serwer ma już rolę {login!r}, która nie jest loginem CRM: wybierz inny login.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/connection.py" line="11"/>
        <source>The database server {server} cannot be reached, so nothing was saved; check that it is running and try again.</source>
        <translation>Serwer bazy danych {server} jest nieosiągalny, więc nic nie zapisano; sprawdź, czy działa, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/error_codes/connection.py" line="21"/>
        <source>The database server cannot be reached; check that it is running and try again.</source>
        <translation>Serwer bazy danych jest nieosiągalny; sprawdź, czy działa, i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="41"/>
        <source>Export clients</source>
        <translation>Eksport klientów</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="42"/>
        <source>&amp;All %Ln client(s)</source>
        <translation>
            <numerusform>&amp;Wszyscy klienci: %Ln</numerusform>
            <numerusform>&amp;Wszyscy klienci: %Ln</numerusform>
            <numerusform>&amp;Wszyscy klienci: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="45"/>
        <source>&amp;The %Ln client(s) found by the current search and filters</source>
        <translation>
            <numerusform>&amp;%Ln klient znaleziony przez bieżące wyszukiwanie i filtry</numerusform>
            <numerusform>&amp;%Ln klientów znalezionych przez bieżące wyszukiwanie i filtry</numerusform>
            <numerusform>&amp;%Ln klientów znalezionych przez bieżące wyszukiwanie i filtry</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="54"/>
        <source>Next you choose the file; its name decides the format: .xlsx for Excel, .csv for a plain table.</source>
        <translation>Następnie wybierz plik; jego nazwa decyduje o formacie: .xlsx dla Excela, .csv dla zwykłej tabeli.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="62"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="66"/>
        <source>Which clients should be exported?</source>
        <translation>Których klientów wyeksportować?</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="101"/>
        <source>Exported %Ln client(s) to {0}</source>
        <translation>
            <numerusform>Wyeksportowano %Ln klienta do {0}</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do {0}</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="109"/>
        <source>Export clients</source>
        <translation>Eksport klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="109"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="130"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="130"/>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="133"/>
        <source>Export %Ln client(s)</source>
        <translation>
            <numerusform>Eksport %Ln klienta</numerusform>
            <numerusform>Eksport %Ln klientów</numerusform>
            <numerusform>Eksport %Ln klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="100"/>
        <source>Fixed: the client will be created</source>
        <translation>Poprawiono: klient zostanie utworzony</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="102"/>
        <source>Fixed: the client will be updated</source>
        <translation>Poprawiono: klient zostanie zaktualizowany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="104"/>
        <source>Fixed: the row will be skipped ({0})</source>
        <translation>Poprawiono: wiersz zostanie pominięty ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="140"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/failures_model.py" line="142"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="125"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="126"/>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="127"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="128"/>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="129"/>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="71"/>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="72"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="115"/>
        <source>{0}, overdue</source>
        <translation>{0}, po terminie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="120"/>
        <source>{0} — for {1}</source>
        <translation>{0} — dla: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="128"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="131"/>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="133"/>
        <source>Outgoing call</source>
        <translation>Połączenie wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="142"/>
        <source>Incoming email</source>
        <translation>E-mail przychodzący</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="144"/>
        <source>Outgoing email</source>
        <translation>E-mail wychodzący</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="146"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="111"/>
        <source>{0}, due {1}</source>
        <translation>{0}, termin {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="116"/>
        <source>Task: {0} ({1})</source>
        <translation>Zadanie: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="154"/>
        <source>Deal: {0} ({1})</source>
        <translation>Transakcja: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="160"/>
        <source>File: {0} ({1})</source>
        <translation>Plik: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="163"/>
        <source>File: {0}</source>
        <translation>Plik: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="79"/>
        <source>Import #{0} undone: {1}</source>
        <translation>Import nr {0} cofnięty: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="82"/>
        <source>Updated by import #{0}: {1}</source>
        <translation>Zmieniono importem nr {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="93"/>
        <source>Contact person {0} added</source>
        <translation>Dodano osobę kontaktową {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="96"/>
        <source>Card created</source>
        <translation>Utworzono kartę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="98"/>
        <source>Contact person {0} removed</source>
        <translation>Usunięto osobę kontaktową {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="103"/>
        <source>{0}: {1} changed</source>
        <translation>{0}: zmieniono pole „{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="104"/>
        <source>{0} changed</source>
        <translation>Zmieniono pole „{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="136"/>
        <source>missed</source>
        <translation>nieodebrana</translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="56"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation>Napisz notatkę… (Ctrl+Enter zapisuje)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="60"/>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="61"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Zapisz notatkę (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="71"/>
        <source>New task…</source>
        <translation>Nowe zadanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="73"/>
        <source>A task about this client, for you or a colleague</source>
        <translation>Zadanie dotyczące tego klienta — dla ciebie lub współpracownika</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="88"/>
        <source>Nothing has happened on this card yet.</source>
        <translation>Na tej karcie nic się jeszcze nie wydarzyło.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="128"/>
        <source>The note was not saved</source>
        <translation>Notatka nie została zapisana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="65"/>
        <source>Register a call…</source>
        <translation>Zarejestruj rozmowę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/feed_tab.py" line="68"/>
        <source>Register an email…</source>
        <translation>Zarejestruj wiadomość e-mail…</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="51"/>
        <source>Add a custom field</source>
        <translation>Nowe pole dodatkowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="60"/>
        <source>One choice a line</source>
        <translation>Jedna opcja w wierszu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="62"/>
        <source>Label:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="63"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="64"/>
        <source>Choices:</source>
        <translation>Opcje:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="32"/>
        <source>Full name</source>
        <translation>Nazwa (imię i nazwisko)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="33"/>
        <source>Person or company</source>
        <translation>Osoba czy firma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="34"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="35"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="36"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="37"/>
        <source>Middle name (patronymic)</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="38"/>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="39"/>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="40"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="41"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="42"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="43"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="44"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="45"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="46"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="47"/>
        <source>Main manager</source>
        <translation>Główny opiekun</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="48"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="49"/>
        <source>Interest: topic</source>
        <translation>Zainteresowanie: temat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="50"/>
        <source>Interest: date</source>
        <translation>Zainteresowanie: data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="51"/>
        <source>Interest: expected revenue</source>
        <translation>Zainteresowanie: oczekiwany przychód</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="52"/>
        <source>Interest: description</source>
        <translation>Zainteresowanie: opis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="53"/>
        <source>Interest: planned activity</source>
        <translation>Zainteresowanie: planowane działanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="54"/>
        <source>Interest: activity date</source>
        <translation>Zainteresowanie: data działania</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="91"/>
        <source>Custom fields</source>
        <translation>Pola dodatkowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="92"/>
        <source>Fields every card shows below its own, in this order.</source>
        <translation>Pola, które każda karta pokazuje pod własnymi, w tej kolejności.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <source>Label</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="97"/>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="164"/>
        <source>Choices</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="100"/>
        <source>Add field…</source>
        <translation>Dodaj pole…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="102"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="103"/>
        <source>Choices…</source>
        <translation>Opcje…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="104"/>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="105"/>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="106"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="153"/>
        <source>Rename field</source>
        <translation>Zmiana nazwy pola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="153"/>
        <source>New label:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="165"/>
        <source>Choices of “{0}”, one a line:</source>
        <translation>Opcje pola „{0}”, jedna w wierszu:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="184"/>
        <source>Delete field</source>
        <translation>Usuwanie pola</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="186"/>
        <source>Delete the field “{0}” from every card? The values of %n client(s) go with it.</source>
        <translation>
            <numerusform>Usunąć pole „{0}” ze wszystkich kart? Razem z nim znikną wartości %n klienta.</numerusform>
            <numerusform>Usunąć pole „{0}” ze wszystkich kart? Razem z nim znikną wartości %n klientów.</numerusform>
            <numerusform>Usunąć pole „{0}” ze wszystkich kart? Razem z nim znikną wartości %n klientów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="45"/>
        <source>Save import template</source>
        <translation>Zapisz szablon importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="47"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="56"/>
        <source>Template saved to {0}</source>
        <translation>Szablon zapisano: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="62"/>
        <source>Load demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="63"/>
        <source>How many demo clients should be added?</source>
        <translation>Ilu klientów demonstracyjnych dodać?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="86"/>
        <source>Added %Ln demo client(s) in {0:.1f} s</source>
        <translation>
            <numerusform>Dodano %Ln klienta demonstracyjnego w {0:.1f} s</numerusform>
            <numerusform>Dodano %Ln klientów demonstracyjnych w {0:.1f} s</numerusform>
            <numerusform>Dodano %Ln klientów demonstracyjnych w {0:.1f} s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="89"/>
        <source> (stopped early)</source>
        <translation> (przerwano wcześniej)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="97"/>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="97"/>
        <source>Adding %Ln demo client(s)…</source>
        <translation>
            <numerusform>Dodawanie %Ln klienta demonstracyjnego…</numerusform>
            <numerusform>Dodawanie %Ln klientów demonstracyjnych…</numerusform>
            <numerusform>Dodawanie %Ln klientów demonstracyjnych…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="50"/>
        <source>Attach files…</source>
        <translation>Dołącz pliki…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="51"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="52"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="53"/>
        <source>Comment…</source>
        <translation>Komentarz…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="54"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="64"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="86"/>
        <source>Drop files here to attach them. Files up to {0} each.</source>
        <translation>Upuść tutaj pliki, aby je dołączyć. Każdy plik do {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="126"/>
        <source>Double-click to open</source>
        <translation>Kliknij dwukrotnie, aby otworzyć</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="131"/>
        <source>Double-click to edit the comment</source>
        <translation>Kliknij dwukrotnie, aby edytować komentarz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="169"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="191"/>
        <source>Some files were not attached</source>
        <translation>Niektóre pliki nie zostały dołączone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="205"/>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="211"/>
        <source>The file cannot be opened</source>
        <translation>Nie można otworzyć pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="212"/>
        <source>No program is set up to open {0}. It was saved to {1}.</source>
        <translation>Brak programu do otwierania {0}. Plik zapisano w {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="223"/>
        <source>Save the file as</source>
        <translation>Zapisz plik jako</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="231"/>
        <source>The file was not saved</source>
        <translation>Plik nie został zapisany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="241"/>
        <source>Comment on {0}</source>
        <translation>Komentarz do {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="241"/>
        <source>Comment:</source>
        <translation>Komentarz:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="250"/>
        <source>Delete the file {0} from this card? This cannot be undone.</source>
        <translation>Usunąć plik {0} z tej karty? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="251"/>
        <source>Delete file</source>
        <translation>Usuwanie pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="254"/>
        <source>The file was not deleted</source>
        <translation>Plik nie został usunięty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/files_tab.py" line="264"/>
        <source>The comment was not saved</source>
        <translation>Komentarz nie został zapisany</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="27"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="28"/>
        <source>Leads and clients</source>
        <translation>Leady i klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="29"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="30"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="31"/>
        <source>Responsible manager</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="32"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="33"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="34"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="39"/>
        <source>Click to show all clients again</source>
        <translation>Kliknij, aby znów pokazać wszystkich klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="42"/>
        <source>Reset filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="47"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="74"/>
        <source>Any manager</source>
        <translation>Dowolny opiekun</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="75"/>
        <source>Nobody responsible</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="78"/>
        <source>Any tag</source>
        <translation>Dowolny tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="79"/>
        <source>Any group</source>
        <translation>Dowolna grupa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="79"/>
        <source>Not in a group</source>
        <translation>Poza grupami</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="80"/>
        <source>Any queue</source>
        <translation>Dowolna kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="80"/>
        <source>Not in a queue</source>
        <translation>Poza kolejkami</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/filters.py" line="138"/>
        <source>Import #{0}  ✕</source>
        <translation>Import nr {0}  ✕</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="23"/>
        <source>Which clients</source>
        <translation>Którzy klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="35"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="36"/>
        <source>&amp;Responsible manager:</source>
        <translation>Odpowiedzialny &amp;menedżer:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="37"/>
        <source>T&amp;ag:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="38"/>
        <source>&amp;Group (with subgroups):</source>
        <translation>G&amp;rupa (z podgrupami):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="39"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Kolejka:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="46"/>
        <source>t&amp;o</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/filter_form.py" line="50"/>
        <source>Card &amp;created from:</source>
        <translation>Karta &amp;utworzona od:</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="42"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="43"/>
        <source>A group may hold subgroups; a client belongs to one group at most.</source>
        <translation>Grupa może mieć podgrupy; klient należy najwyżej do jednej grupy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="47"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="47"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="52"/>
        <source>Add group…</source>
        <translation>Dodaj grupę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="55"/>
        <source>Add subgroup…</source>
        <translation>Dodaj podgrupę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="57"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="58"/>
        <source>Move to…</source>
        <translation>Przenieś do…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="59"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="100"/>
        <source>Name of the new group inside “{0}”:</source>
        <translation>Nazwa nowej grupy w „{0}”:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="102"/>
        <source>Name of the new group:</source>
        <translation>Nazwa nowej grupy:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="104"/>
        <source>Add group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="115"/>
        <source>Rename group</source>
        <translation>Zmiana nazwy grupy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="115"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="124"/>
        <source>(top level)</source>
        <translation>(najwyższy poziom)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="131"/>
        <source>Move group</source>
        <translation>Przenoszenie grupy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="132"/>
        <source>Move “{0}” into:</source>
        <translation>Przenieś „{0}” do:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="146"/>
        <source>Delete group</source>
        <translation>Usuwanie grupy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/groups_page.py" line="146"/>
        <source>Delete the group “{0}”?</source>
        <translation>Usunąć grupę „{0}”?</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/help/guide_dialog.py" line="16"/>
        <source>desktop-crm user guide</source>
        <translation>Podręcznik użytkownika desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/help/guide_dialog.py" line="23"/>
        <source>The user guide is not installed.</source>
        <translation>Podręcznik użytkownika nie jest zainstalowany.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="111"/>
        <source>Created</source>
        <translation>Utworzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="112"/>
        <source>Deleted</source>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="113"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="114"/>
        <source>Deal client</source>
        <translation>Klient transakcji</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="115"/>
        <source>Import undo</source>
        <translation>Cofnięcie importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="117"/>
        <source>Merged with</source>
        <translation>Scalono z</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="118"/>
        <source>Merge undone</source>
        <translation>Scalenie cofnięte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="121"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="122"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="43"/>
        <source>Undo of import #{0} «{1}»</source>
        <translation>Cofnięcie importu nr {0} „{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="46"/>
        <source>Undo of import #{0}</source>
        <translation>Cofnięcie importu nr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="48"/>
        <source>Import #{0} «{1}»</source>
        <translation>Import nr {0} „{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/record_text.py" line="49"/>
        <source>Import #{0}</source>
        <translation>Import nr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="116"/>
        <source>Bulk edit</source>
        <translation>Zmiana zbiorcza</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/history_tab.py" line="25"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="142"/>
        <source>Import history</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="182"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="211"/>
        <source>{0} imports, newest first.</source>
        <translation>Importy: {0}, od najnowszego.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="213"/>
        <source>No import has been run yet.</source>
        <translation>Nie wykonano jeszcze żadnego importu.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="158"/>
        <source>a client with this phone, email or name exists already (or earlier in the file)</source>
        <translation>klient z tym telefonem, e-mailem lub nazwą już istnieje (w bazie lub wcześniej w pliku)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="162"/>
        <source>a value has the wrong format</source>
        <translation>wartość ma niepoprawny format</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="163"/>
        <source>the phone cell is empty</source>
        <translation>komórka telefonu jest pusta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="164"/>
        <source>no value in any matched column</source>
        <translation>wszystkie dopasowane kolumny są puste</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="165"/>
        <source>no name, phone or email</source>
        <translation>brak nazwy, telefonu i e-maila</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="166"/>
        <source>no such client to update</source>
        <translation>brak takiego klienta do aktualizacji</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="167"/>
        <source>the row is empty</source>
        <translation>wiersz jest pusty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="168"/>
        <source>the client has these values already</source>
        <translation>klient ma już te wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="174"/>
        <source>its card was changed after the import</source>
        <translation>jego karta została zmieniona po imporcie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="175"/>
        <source>contact persons were added to it</source>
        <translation>dodano do niego osoby kontaktowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="176"/>
        <source>clients that stay are attached to it</source>
        <translation>są do niego przypisani klienci, którzy zostają</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="177"/>
        <source>notes were written on it</source>
        <translation>dodano do niego notatki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="178"/>
        <source>files were attached to it</source>
        <translation>dołączono do niego pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="179"/>
        <source>it has deals made after the import, or the import&apos;s deal was worked on</source>
        <translation>ma transakcje utworzone po imporcie albo transakcja z importu była już prowadzona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="182"/>
        <source>it is in a task</source>
        <translation>jest w zadaniu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="183"/>
        <source>calls or emails are linked to it</source>
        <translation>są do niego przypisane rozmowy lub e-maile</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="205"/>
        <source>Add</source>
        <translation>Dodanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="206"/>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="207"/>
        <source>Add + Update</source>
        <translation>Dodanie + Aktualizacja</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="210"/>
        <source>Only create clients; a row whose client exists already fails as not unique.</source>
        <translation>Tylko tworzy klientów; wiersz z istniejącym klientem kończy się błędem „nie jest unikalny”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="214"/>
        <source>Only update clients found by the duplicate search; other rows fail as not found.</source>
        <translation>Tylko aktualizuje klientów znalezionych podczas wyszukiwania duplikatów; pozostałe wiersze kończą się błędem „nie znaleziono”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="218"/>
        <source>Update the clients that are found and create the others.</source>
        <translation>Aktualizuje znalezionych klientów, a pozostałych tworzy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="223"/>
        <source>Done</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="224"/>
        <source>Undone</source>
        <translation>Cofnięty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="225"/>
        <source>Cancelled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="226"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="227"/>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="228"/>
        <source>Checked only</source>
        <translation>Tylko sprawdzony</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="232"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="233"/>
        <source>number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="234"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="235"/>
        <source>yes/no</source>
        <translation>tak/nie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="236"/>
        <source>choice from a list</source>
        <translation>wybór z listy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="17"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="19"/>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="22"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="40"/>
        <source>{0} of {1} rows</source>
        <translation>wiersze: {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="45"/>
        <source>{0} rows</source>
        <translation>wiersze: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="49"/>
        <source>{0} rows/s</source>
        <translation>{0} wierszy/s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/speed.py" line="53"/>
        <source>about {0} left</source>
        <translation>zostało około {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="53"/>
        <source>Import clients from file</source>
        <translation>Import klientów z pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="138"/>
        <source>Cancel the import</source>
        <translation>Anulowanie importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="140"/>
        <source>Stop the import? Everything it did so far is rolled back; nothing is kept.</source>
        <translation>Zatrzymać import? Wszystko, co dotąd zrobił, zostanie wycofane; nic nie zostanie zachowane.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="164"/>
        <source>Import #{0} was undone: the list shows all clients again.</source>
        <translation>Import nr {0} został cofnięty: lista znów pokazuje wszystkich klientów.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="68"/>
        <source>Set client…</source>
        <translation>Wskaż klienta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="72"/>
        <source>Open card</source>
        <translation>Otwórz kartę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="79"/>
        <source>Attachments:</source>
        <translation>Załączniki:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="94"/>
        <source>missed</source>
        <translation>nieodebrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="101"/>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="103"/>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="108"/>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/reader.py" line="110"/>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/__init__.py" line="19"/>
        <source>Calls and emails linked to clients: %1 of %2.</source>
        <translation>Rozmowy i e-maile przypisane do klientów: %1 z %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="34"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="35"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="36"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="37"/>
        <source>Other side</source>
        <translation>Druga strona</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="38"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="39"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="40"/>
        <source>Linked</source>
        <translation>Przypisane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="41"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="42"/>
        <source>Registered by</source>
        <translation>Zarejestrował(a)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/table_model.py" line="63"/>
        <source>missed</source>
        <translation>nieodebrana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="14"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="16"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="22"/>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="24"/>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="30"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="31"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="32"/>
        <source>Cc</source>
        <translation>DW</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="50"/>
        <source>not linked</source>
        <translation>nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="52"/>
        <source>by hand</source>
        <translation>ręcznie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="54"/>
        <source>automatically</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/words.py" line="57"/>
        <source>(several cards matched)</source>
        <translation>(pasowało kilka kart)</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="80"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="81"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="82"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="83"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="84"/>
        <source>Mode</source>
        <translation>Typ importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="85"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="86"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="87"/>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="88"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="99"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/history.py" line="100"/>
        <source>pasted table</source>
        <translation>wklejona tabela</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="77"/>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="125"/>
        <source>Calls and emails</source>
        <translation>Rozmowy i e-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="116"/>
        <source>Linked or not</source>
        <translation>Przypisane lub nie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="117"/>
        <source>Linked</source>
        <translation>Przypisane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="118"/>
        <source>Not linked</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="119"/>
        <source>Several cards matched</source>
        <translation>Pasowało kilka kart</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="126"/>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="127"/>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="133"/>
        <source>Both ways</source>
        <translation>Oba kierunki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="134"/>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="135"/>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="170"/>
        <source>Any time</source>
        <translation>Dowolny czas</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="171"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="172"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="173"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="174"/>
        <source>Last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="142"/>
        <source>Anyone</source>
        <translation>Każdy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="146"/>
        <source>Search an address, number or subject…</source>
        <translation>Szukaj adresu, numeru lub tematu…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="175"/>
        <source>Custom period</source>
        <translation>Własny okres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="179"/>
        <source>First day of the period</source>
        <translation>Pierwszy dzień okresu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="181"/>
        <source>Last day of the period (included)</source>
        <translation>Ostatni dzień okresu (włącznie)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="217"/>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="218"/>
        <source>Set client…</source>
        <translation>Wskaż klienta…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="219"/>
        <source>Link now</source>
        <translation>Przypisz teraz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="221"/>
        <source>Register a call…</source>
        <translation>Zarejestruj rozmowę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="222"/>
        <source>Register an email…</source>
        <translation>Zarejestruj wiadomość e-mail…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="262"/>
        <source>%n call(s) and email(s)</source>
        <translation>
            <numerusform>%n rozmowa i e-mail</numerusform>
            <numerusform>%n rozmowy i e-maile</numerusform>
            <numerusform>%n rozmów i e-maili</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="322"/>
        <source>Linked %1 of %2.</source>
        <translation>Przypisano %1 z %2.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../desktop_crm/ui/locale_format.py" line="21"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/locale_format.py" line="22"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/locale_format.py" line="23"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/locale_format.py" line="32"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="31"/>
        <source>Sign in to the team base</source>
        <translation>Logowanie do bazy zespołowej</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="38"/>
        <source>Remember me on this computer</source>
        <translation>Zapamiętaj mnie na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="50"/>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="51"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="52"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="57"/>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login/dialog.py" line="80"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
</context>
<context>
    <name>MailFetch</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="54"/>
        <source>Removed the mail account {0}</source>
        <translation>Usunięto konto pocztowe {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="77"/>
        <source>Fetch mail</source>
        <translation>Pobierz pocztę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="77"/>
        <source>Fetching mail…</source>
        <translation>Pobieranie poczty…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="83"/>
        <source>Fetched %Ln message(s): {0} new, {1} linked to clients</source>
        <translation>
            <numerusform>Pobrano %Ln wiadomość: nowych {0}, przypisanych do klientów {1}</numerusform>
            <numerusform>Pobrano %Ln wiadomości: nowych {0}, przypisanych do klientów {1}</numerusform>
            <numerusform>Pobrano %Ln wiadomości: nowych {0}, przypisanych do klientów {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="86"/>
        <source> (stopped early; the next fetch goes on from there)</source>
        <translation> (przerwano wcześniej; następne pobieranie zacznie od tego miejsca)</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="36"/>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="62"/>
        <source>Import mail files</source>
        <translation>Import plików poczty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="38"/>
        <source>Mail (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>Poczta (*.eml *.msg *.mbox);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="44"/>
        <source>Import a mail folder</source>
        <translation>Import folderu poczty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="61"/>
        <source>Mail import cancelled</source>
        <translation>Import poczty anulowany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="62"/>
        <source>Reading mail…</source>
        <translation>Czytanie poczty…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="70"/>
        <source>Messages read: {0}. Imported: {1}, already there: {2}, damaged or without a date: {3}. Linked to cards: {4}.</source>
        <translation>Przeczytano wiadomości: {0}. Zaimportowano: {1}, już były: {2}, uszkodzone lub bez daty: {3}. Powiązano z kartami: {4}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/mail_import/__init__.py" line="78"/>
        <source>Mail imported</source>
        <translation>Poczta zaimportowana</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="92"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="94"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Eksportuj klientów…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="105"/>
        <source>&amp;Clients</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="107"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="108"/>
        <source>&amp;Open card</source>
        <translation>&amp;Otwórz kartę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="109"/>
        <source>&amp;Refresh</source>
        <translation>Odśw&amp;ież</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="111"/>
        <source>&amp;Assign responsible…</source>
        <translation>Przypisz o&amp;piekuna…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="112"/>
        <source>Add &amp;tag…</source>
        <translation>Dodaj &amp;tag…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="113"/>
        <source>Re&amp;move tag…</source>
        <translation>Us&amp;uń tag…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="114"/>
        <source>&amp;Delete…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="116"/>
        <source>&amp;Columns…</source>
        <translation>Kolu&amp;mny…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="117"/>
        <source>Manage tags…</source>
        <translation>Zarządzaj tagami…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="118"/>
        <source>Manage groups…</source>
        <translation>Zarządzaj grupami…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="122"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="126"/>
        <source>&amp;Import clients from file…</source>
        <translation>&amp;Importuj klientów z pliku…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="131"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historia importu…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="134"/>
        <source>Save import &amp;template…</source>
        <translation>Zapisz &amp;szablon importu…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="136"/>
        <source>Load &amp;demo data…</source>
        <translation>Wczytaj &amp;dane demonstracyjne…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="140"/>
        <source>C&amp;ontrol</source>
        <translation>K&amp;ontrola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="144"/>
        <source>&amp;Contact info completeness…</source>
        <translation>Kompletność danych &amp;kontaktowych…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="149"/>
        <source>&amp;Properties completeness…</source>
        <translation>Kompletność &amp;właściwości…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="152"/>
        <source>&amp;Full-name control…</source>
        <translation>Kontrola &amp;imion i nazwisk…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="155"/>
        <source>&amp;Registration control…</source>
        <translation>Kontrola &amp;rejestracji…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="159"/>
        <source>D&amp;uplicates in the base…</source>
        <translation>D&amp;uplikaty w bazie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="164"/>
        <location filename="../../desktop_crm/ui/menus.py" line="207"/>
        <source>Execution &amp;discipline report…</source>
        <translation>Raport &amp;dyscypliny wykonawczej…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="170"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Interakcje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="173"/>
        <source>&amp;Register a call…</source>
        <translation>&amp;Zarejestruj połączenie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="184"/>
        <source>&amp;Fetch mail (IMAP)…</source>
        <translation>Pobierz pocz&amp;tę (IMAP)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="185"/>
        <source>Import &amp;call log…</source>
        <translation>Importuj &amp;rejestr połączeń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="189"/>
        <source>&amp;Link calls and emails to clients now</source>
        <translation>Powiąż połączenia i e-maile z &amp;klientami teraz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="192"/>
        <source>Linking &amp;schedule…</source>
        <translation>&amp;Harmonogram powiązywania…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="196"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="198"/>
        <source>&amp;My tasks</source>
        <translation>&amp;Moje zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="199"/>
        <source>&amp;All tasks</source>
        <translation>&amp;Wszystkie zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="203"/>
        <source>&amp;Reports</source>
        <translation>&amp;Raporty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="213"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="215"/>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Użytkownicy i role…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="216"/>
        <source>&amp;Custom fields…</source>
        <translation>Pola &amp;dodatkowe…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="217"/>
        <source>&amp;Database…</source>
        <translation>&amp;Baza danych…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="218"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="222"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="231"/>
        <source>&amp;About desktop-crm</source>
        <translation>&amp;O programie desktop-crm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="232"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="46"/>
        <source>one list of every tag, to rename or merge tags.</source>
        <translation>lista wszystkich tagów, aby zmieniać ich nazwy lub je scalać.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="47"/>
        <source>the tree of client groups, to add and move groups.</source>
        <translation>drzewo grup klientów, aby dodawać i przenosić grupy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="50"/>
        <source>note a phone call on a client&apos;s card by hand.</source>
        <translation>ręcznie zapisać połączenie na karcie klienta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="51"/>
        <source>show saved emails on the cards of the clients who wrote them.</source>
        <translation>pokazać zapisane e-maile na kartach klientów, którzy je napisali.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="54"/>
        <source>fetch your mail and show it on the clients&apos; cards.</source>
        <translation>pobrać pocztę i pokazać ją na kartach klientów.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="57"/>
        <source>show the calls of your phone system&apos;s log on the clients&apos; cards.</source>
        <translation>pokazać połączenia z rejestru centrali telefonicznej na kartach klientów.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="60"/>
        <source>find the client of each call and email by number and address.</source>
        <translation>znaleźć klienta każdego połączenia i e-maila po numerze i adresie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="63"/>
        <source>link calls and emails to clients by itself, at times you choose.</source>
        <translation>samodzielnie łączyć połączenia i e-maile z klientami w wybranych godzinach.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="66"/>
        <source>the tasks given to you, with the clients to fix in each.</source>
        <translation>zadania przydzielone tobie, z klientami do poprawienia w każdym z nich.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="69"/>
        <source>every person&apos;s tasks, to follow them up.</source>
        <translation>zadania wszystkich osób, aby je śledzić.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="70"/>
        <source>add people and choose their roles and groups.</source>
        <translation>dodawać osoby i wybierać ich role i grupy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="71"/>
        <source>add fields of your own to the client card.</source>
        <translation>dodawać własne pola do karty klienta.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="72"/>
        <source>choose the database file or the team&apos;s server.</source>
        <translation>wybrać plik bazy danych lub serwer zespołu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="73"/>
        <source>the interface language and other choices of yours.</source>
        <translation>język interfejsu i inne twoje ustawienia.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="176"/>
        <source>Import &amp;mail files (.eml, .msg, .mbox)…</source>
        <translation>Importuj pliki &amp;poczty (.eml, .msg, .mbox)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="181"/>
        <source>Import a mail f&amp;older…</source>
        <translation>Importuj &amp;folder poczty…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="283"/>
        <source>Not available yet: {0}</source>
        <translation>Jeszcze niedostępne: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="286"/>
        <source>Not available yet: this part of desktop-crm is still being built.</source>
        <translation>Jeszcze niedostępne: ta część desktop-crm jest wciąż w budowie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="172"/>
        <source>Calls and &amp;emails…</source>
        <translation>Rozmowy i &amp;e-maile…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/menus.py" line="226"/>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/database_name.py" line="16"/>
        <source>SQLite: in memory</source>
        <translation>SQLite: w pamięci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="66"/>
        <source>desktop-crm — {0}</source>
        <translation>desktop-crm — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="73"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="151"/>
        <source>The database in use</source>
        <translation>Używana baza danych</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="153"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="155"/>
        <source>Signed in as {0}</source>
        <translation>Zalogowano jako {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="282"/>
        <source>%Ln client(s) in the base</source>
        <translation>
            <numerusform>%Ln klient w bazie</numerusform>
            <numerusform>%Ln klientów w bazie</numerusform>
            <numerusform>%Ln klientów w bazie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualTaskDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="48"/>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="73"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="74"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="75"/>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="76"/>
        <source>&amp;Executor:</source>
        <translation>&amp;Wykonawca:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="77"/>
        <source>D&amp;ue date:</source>
        <translation>Te&amp;rmin:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="82"/>
        <source>Create task</source>
        <translation>Utwórz zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/new_task_dialog.py" line="127"/>
        <source>Choose the client from the list, or leave it empty.</source>
        <translation>Wybierz klienta z listy lub zostaw pole puste.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="64"/>
        <source>Match the columns to card fields</source>
        <translation>Dopasuj kolumny do pól karty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="67"/>
        <source>Only matched columns are imported. Fields in bold identify a client: match at least one of them.</source>
        <translation>Importowane są tylko dopasowane kolumny. Pola pogrubione identyfikują klienta: dopasuj co najmniej jedno z nich.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="66"/>
        <source>&amp;Save matching as…</source>
        <translation>&amp;Zapisz dopasowanie jako…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="70"/>
        <source>A named matching in the base…</source>
        <translation>Nazwane dopasowanie w bazie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="73"/>
        <source>A file…</source>
        <translation>Plik…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="82"/>
        <source>&amp;Load matching</source>
        <translation>Wczytaj d&amp;opasowanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="86"/>
        <source>From a file…</source>
        <translation>Z pliku…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_form.py" line="89"/>
        <source>A named matching from the base…</source>
        <translation>Nazwane dopasowanie z bazy…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="120"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="120"/>
        <source>Sample values</source>
        <translation>Przykładowe wartości</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="120"/>
        <source>Card field</source>
        <translation>Pole karty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="131"/>
        <source>Add a custom field…</source>
        <translation>Dodaj pole dodatkowe…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="134"/>
        <source>Add a field called “{0}” to every card and match this column to it</source>
        <translation>Dodaj do każdej karty pole „{0}” i dopasuj do niego tę kolumnę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="153"/>
        <source>— not imported —</source>
        <translation>— nie importuj —</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="172"/>
        <source>Required: at least one of {0}.</source>
        <translation>Wymagane: co najmniej jedno z pól {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="219"/>
        <source>also chosen for “{0}”</source>
        <translation>wybrane też dla „{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="223"/>
        <source>ignored</source>
        <translation>pomijana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="231"/>
        <source>suggested</source>
        <translation>sugerowane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="233"/>
        <source>suggested ({0}% alike)</source>
        <translation>sugerowane (podobieństwo {0}%)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="242"/>
        <source>Not imported ({0}): {1}</source>
        <translation>Nieimportowane ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="245"/>
        <source>Every column is imported.</source>
        <translation>Importowane są wszystkie kolumny.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="253"/>
        <source>and {0} more</source>
        <translation>i {0} innych</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="277"/>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="295"/>
        <source>Save matching</source>
        <translation>Zapisywanie dopasowania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="278"/>
        <source>Name of the matching (an existing one of that name is replaced):</source>
        <translation>Nazwa dopasowania (istniejące o tej nazwie zostanie zastąpione):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="290"/>
        <source>Matching saved as “{0}”.</source>
        <translation>Dopasowanie zapisano jako „{0}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="297"/>
        <source>Matching (*.json)</source>
        <translation>Dopasowanie (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="306"/>
        <source>{0} cannot be written: {1}.</source>
        <translation>Nie można zapisać {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="309"/>
        <source>Matching saved to {0}.</source>
        <translation>Dopasowanie zapisano w {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="321"/>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="326"/>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="340"/>
        <source>Load matching</source>
        <translation>Wczytywanie dopasowania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="322"/>
        <source>No matching has been saved in the base yet.</source>
        <translation>W bazie nie zapisano jeszcze żadnego dopasowania.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="326"/>
        <source>Saved matching:</source>
        <translation>Zapisane dopasowanie:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="340"/>
        <source>Matching (*.json);;All files (*)</source>
        <translation>Dopasowanie (*.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="61"/>
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>Scalanie %n karty</numerusform>
            <numerusform>Scalanie %n kart</numerusform>
            <numerusform>Scalanie %n kart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="65"/>
        <source>Choose the card that stays, then click the value it should keep in any row; the kept values are green. Everything else of the other cards moves to it, and the other cards are deleted. A merge can be undone.</source>
        <translation>Wybierz kartę, która zostaje, a potem kliknij w dowolnym wierszu wartość, którą ma zachować; zachowane wartości są zielone. Wszystko inne z pozostałych kart przechodzi do niej, a pozostałe karty są usuwane. Scalenie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="78"/>
        <source>Reading the cards…</source>
        <translation>Wczytywanie kart…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="84"/>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="120"/>
        <source>Card that stays</source>
        <translation>Karta, która zostaje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="125"/>
        <source>Keep #{0}</source>
        <translation>Zostaw nr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="179"/>
        <source>The card that stays keeps this value</source>
        <translation>Karta, która zostaje, zachowa tę wartość</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="194"/>
        <source>{0} will be merged into #{1} and deleted.</source>
        <translation>{0} zostaną scalone z nr {1} i usunięte.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="214"/>
        <source>Merging…</source>
        <translation>Scalanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="227"/>
        <source>{0} merged into #{1} (merge #{2})</source>
        <translation>{0} scalono z nr {1} (scalenie nr {2})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="14"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="15"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="16"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="17"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="18"/>
        <source>Contact persons</source>
        <translation>Osoby kontaktowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="19"/>
        <source>Calls and emails</source>
        <translation>Rozmowy i e-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="20"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="23"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="24"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/labels.py" line="25"/>
        <source>name</source>
        <translation>nazwisko</translation>
    </message>
</context>
<context>
    <name>MergesWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="41"/>
        <source>Merges</source>
        <translation>Scalenia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>Kept</source>
        <translation>Zachowana</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="46"/>
        <source>Merged</source>
        <translation>Scalone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="54"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Cofnij scalenie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="81"/>
        <source>{0} (undone)</source>
        <translation>{0} (cofnięte)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="85"/>
        <source>%n merge(s)</source>
        <translation>
            <numerusform>%n scalenie</numerusform>
            <numerusform>%n scalenia</numerusform>
            <numerusform>%n scaleń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="114"/>
        <source>Merge #{0} undone: {1} are back</source>
        <translation>Scalenie nr {0} cofnięte: {1} wróciły</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/message_bar.py" line="45"/>
        <source>Click to close</source>
        <translation>Kliknij, aby zamknąć</translation>
    </message>
</context>
<context>
    <name>MissingChoice</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="43"/>
        <source>Partia&amp;lly: some of them are missing</source>
        <translation>&amp;Częściowo: brakuje części z nich</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="44"/>
        <source>F&amp;ully: all of them are missing</source>
        <translation>W &amp;pełni: brakuje wszystkich</translation>
    </message>
</context>
<context>
    <name>NamesForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="212"/>
        <source>Finds the people whose full name is set while the last, first and middle names are empty, and proposes a split for each: sure or doubtful.</source>
        <translation>Znajduje osoby, które mają pełne imię i nazwisko, a puste nazwisko, imię i drugie imię, i proponuje podział dla każdej: pewny lub wątpliwy.</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="39"/>
        <source>&amp;Apply the sure ones</source>
        <translation>&amp;Zastosuj pewne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="41"/>
        <source>&amp;Undo the split</source>
        <translation>&amp;Cofnij podział</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="61"/>
        <source>%n sure split(s) can be written at once.</source>
        <translation>
            <numerusform>%n pewny podział można zapisać od razu.</numerusform>
            <numerusform>%n pewne podziały można zapisać od razu.</numerusform>
            <numerusform>%n pewnych podziałów można zapisać od razu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="81"/>
        <source>%n name(s) split. This can be undone (bulk edit #{0}).</source>
        <translation>
            <numerusform>Podzielono %n imię i nazwisko. Można to cofnąć (zmiana zbiorcza nr {0}).</numerusform>
            <numerusform>Podzielono %n imiona i nazwiska. Można to cofnąć (zmiana zbiorcza nr {0}).</numerusform>
            <numerusform>Podzielono %n imion i nazwisk. Można to cofnąć (zmiana zbiorcza nr {0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="88"/>
        <source>Splitting the names…</source>
        <translation>Dzielenie imion i nazwisk…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="102"/>
        <source>Split undone: %n card(s) as they were.</source>
        <translation>
            <numerusform>Podział cofnięty: %n karta jak była.</numerusform>
            <numerusform>Podział cofnięty: %n karty jak były.</numerusform>
            <numerusform>Podział cofnięty: %n kart jak były.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="106"/>
        <source>Undoing the split…</source>
        <translation>Cofanie podziału…</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="90"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="123"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="124"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="126"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="127"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="130"/>
        <source>Last name First name Middle name, or company</source>
        <translation>Nazwisko Imię lub nazwa firmy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="139"/>
        <source>name@example.com</source>
        <translation>imie@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="148"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="149"/>
        <source>Full name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="150"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="152"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="153"/>
        <source>Responsible:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="98"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="172"/>
        <source>(nobody)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="188"/>
        <source>A client needs a name.</source>
        <translation>Klient musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="191"/>
        <source>“{0}” is not a phone number.</source>
        <translation>„{0}” nie jest numerem telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="194"/>
        <source>“{0}” is not an email address.</source>
        <translation>„{0}” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="201"/>
        <source>Not a phone number.</source>
        <translation>To nie jest numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="202"/>
        <source>Not an email address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/clients/new_client_dialog.py" line="265"/>
        <source>This client may be in the base already. Open the card, or create a new client anyway.</source>
        <translation>Ten klient może już być w bazie. Otwórz jego kartę lub mimo to utwórz nowego klienta.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../desktop_crm/ui/connection/banner.py" line="26"/>
        <source>The server is unreachable. Retrying…</source>
        <translation>Serwer jest nieosiągalny. Ponawiam próby…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/connection/banner.py" line="33"/>
        <source>Retry now</source>
        <translation>Ponów teraz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/connection/banner.py" line="50"/>
        <source>Last try at {0}</source>
        <translation>Ostatnia próba o {0}</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="51"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="52"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="53"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="54"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="55"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="66"/>
        <source>Attach a person to this company on their card (“Company”).</source>
        <translation>Aby przypisać osobę do tej firmy, wskaż firmę na karcie tej osoby (pole „Firma”).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="93"/>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="93"/>
        <source>contact person</source>
        <translation>osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="102"/>
        <source>Double-click to open the card</source>
        <translation>Kliknij dwukrotnie, aby otworzyć kartę</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="74"/>
        <source>Add contact person…</source>
        <translation>Dodaj osobę kontaktową…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="75"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="76"/>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="138"/>
        <source>Add contact person</source>
        <translation>Nowa osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="154"/>
        <source>Edit contact person</source>
        <translation>Edycja osoby kontaktowej</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="164"/>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="171"/>
        <source>Remove contact person</source>
        <translation>Usuwanie osoby kontaktowej</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/people_tab.py" line="165"/>
        <source>Remove {0} and their phones and emails from this company?</source>
        <translation>Usunąć osobę {0} wraz z jej telefonami i adresami e-mail z tej firmy?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="31"/>
        <source>Contact person: {0}</source>
        <translation>Osoba kontaktowa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="33"/>
        <source>New contact person</source>
        <translation>Nowa osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="42"/>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="43"/>
        <source>Position:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="44"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="45"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card/person_dialog.py" line="46"/>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
</context>
<context>
    <name>PhoneCountry</name>
    <message>
        <location filename="../../desktop_crm/ui/widgets/regions.py" line="48"/>
        <source>Without a country code: {0}</source>
        <translation>Bez kodu kraju: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/widgets/regions.py" line="59"/>
        <source>“{0}” is not a number of {1}, but of {2}: {3}. If that is meant, type it with its country code.</source>
        <translation>„{0}” to nie numer kraju {1}, lecz kraju {2}: {3}. Jeśli o to chodzi, wpisz go z kodem kraju.</translation>
    </message>
</context>
<context>
    <name>PhoneRegionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="31"/>
        <source>Country of phone numbers</source>
        <translation>Kraj numerów telefonów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="37"/>
        <source>Phone numbers written without a country code will be read as numbers of this country in the whole base: on cards, in imports and in searches.</source>
        <translation>Numery zapisane bez kodu kraju będą odczytywane jako numery tego kraju w całej bazie: na kartach, w importach i w wyszukiwaniu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="44"/>
        <source>An admin can change it later: desktop-crm settings region CODE.</source>
        <translation>Administrator może to później zmienić: desktop-crm settings region KOD.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="50"/>
        <source>&amp;Use this country</source>
        <translation>&amp;Użyj tego kraju</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="51"/>
        <source>Ask me &amp;later</source>
        <translation>Zapytaj &amp;później</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/phone_region.py" line="70"/>
        <source>For example, a mobile number of {0}: {1}</source>
        <translation>Na przykład numer komórkowy kraju {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="70"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="70"/>
        <source>Your own settings on this computer.</source>
        <translation>Twoje własne ustawienia na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="74"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="76"/>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="77"/>
        <source>A new language is used from the next start.</source>
        <translation>Nowy język zacznie obowiązywać od następnego uruchomienia.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="78"/>
        <source>Client list:</source>
        <translation>Lista klientów:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="80"/>
        <source>%n per page</source>
        <translation>
            <numerusform>%n na stronie</numerusform>
            <numerusform>%n na stronie</numerusform>
            <numerusform>%n na stronie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="80"/>
        <source>Continuous scrolling</source>
        <translation>Przewijanie ciągłe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="82"/>
        <source>A card opens on:</source>
        <translation>Karta otwiera się na karcie:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>Feed</source>
        <translation>Aktualności</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="83"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="84"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="91"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="114"/>
        <source>The whole base</source>
        <translation>Cała baza</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="115"/>
        <source>Set by an administrator for every user of the base.</source>
        <translation>Ustawiane przez administratora dla wszystkich użytkowników bazy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="117"/>
        <source>Phone numbers&apos; country:</source>
        <translation>Kraj numerów telefonów:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="124"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="125"/>
        <source>Largest attached file:</source>
        <translation>Największy załączany plik:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="126"/>
        <source>Names sort as in:</source>
        <translation>Nazwy sortowane jak w języku:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="128"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="129"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="130"/>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="165"/>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="180"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="182"/>
        <source>Sorting names</source>
        <translation>Sortowanie nazw</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="182"/>
        <source>Sorting the names anew…</source>
        <translation>Nazwy są sortowane od nowa…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="53"/>
        <source>Check before importing</source>
        <translation>Sprawdzenie przed importem</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="56"/>
        <source>The whole file is run through the import without changing the base. Fix a failing row by editing the highlighted cell (double-click or F2).</source>
        <translation>Cały plik przechodzi przez import bez zmieniania bazy. Popraw błędny wiersz, edytując podświetloną komórkę (dwuklik lub F2).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="61"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="42"/>
        <source>&amp;Stop checking</source>
        <translation>Zatrzymaj &amp;sprawdzanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="44"/>
        <source>Check &amp;again</source>
        <translation>Sprawdź &amp;ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="47"/>
        <source>Run the whole file through the check again</source>
        <translation>Sprawdź ponownie cały plik</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="62"/>
        <source>To create:</source>
        <translation>Do utworzenia:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="63"/>
        <source>To update:</source>
        <translation>Do aktualizacji:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="64"/>
        <source>Skipped:</source>
        <translation>Pominięte:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_form.py" line="65"/>
        <source>Failing:</source>
        <translation>Błędne:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="111"/>
        <source>Row {0}: {1}</source>
        <translation>Wiersz {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="159"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="181"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="201"/>
        <source>Stopped; rows checked: {0}. The run imports the whole file.</source>
        <translation>Zatrzymano; sprawdzone wiersze: {0}. Import obejmie cały plik.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="207"/>
        <source>Rows checked: {0} in {1:.1f} s</source>
        <translation>Sprawdzone wiersze: {0} w {1:.1f} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="237"/>
        <source>The check stopped because of an error inside desktop-crm; nothing was changed.</source>
        <translation>Sprawdzanie przerwał błąd wewnętrzny desktop-crm; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="240"/>
        <source>The file cannot be imported as it is.</source>
        <translation>Tego pliku nie można zaimportować w obecnej postaci.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="286"/>
        <source>Failing rows:</source>
        <translation>Błędne wiersze:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="288"/>
        <source>The first {0} failing rows:</source>
        <translation>Pierwsze błędne wiersze ({0}):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="291"/>
        <source>No row fails.</source>
        <translation>Brak błędnych wierszy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="362"/>
        <source>Discard your fixes</source>
        <translation>Odrzucić poprawki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="364"/>
        <source>You fixed %n row(s) by hand. Close the import and throw the fixes away?</source>
        <translation>
            <numerusform>Poprawiono ręcznie %n wiersz. Zamknąć import i odrzucić poprawki?</numerusform>
            <numerusform>Poprawiono ręcznie %n wiersze. Zamknąć import i odrzucić poprawki?</numerusform>
            <numerusform>Poprawiono ręcznie %n wierszy. Zamknąć import i odrzucić poprawki?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="109"/>
        <source>Fields to check</source>
        <translation>Które pola sprawdzić</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="120"/>
        <source>Check these &amp;fields (Space ticks one):</source>
        <translation>Sprawdź te po&amp;la (spacja zaznacza):</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="42"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="44"/>
        <source>Clients put in a queue are seen only by its members. Choose a queue, then tick who belongs to it.</source>
        <translation>Klientów w kolejce widzą tylko jej członkowie. Wybierz kolejkę i zaznacz, kto do niej należy.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="53"/>
        <source>Members:</source>
        <translation>Członkowie:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="56"/>
        <source>Queues:</source>
        <translation>Kolejki:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="63"/>
        <source>Add queue…</source>
        <translation>Dodaj kolejkę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="64"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="65"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="78"/>
        <source>{0} (%n client(s))</source>
        <translation>
            <numerusform>{0} (%n klient)</numerusform>
            <numerusform>{0} (%n klientów)</numerusform>
            <numerusform>{0} (%n klientów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="115"/>
        <source>Add queue</source>
        <translation>Nowa kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="115"/>
        <source>Name of the queue:</source>
        <translation>Nazwa kolejki:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="125"/>
        <source>Rename queue</source>
        <translation>Zmiana nazwy kolejki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="125"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="137"/>
        <source>Delete queue</source>
        <translation>Usuwanie kolejki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="139"/>
        <source>Delete the queue “{0}”? Its %n client(s) stay and are seen by everybody.</source>
        <translation>
            <numerusform>Usunąć kolejkę „{0}”? Jej %n klient zostanie w bazie i będzie widoczny dla wszystkich.</numerusform>
            <numerusform>Usunąć kolejkę „{0}”? Jej %n klientów zostanie w bazie i będą widoczni dla wszystkich.</numerusform>
            <numerusform>Usunąć kolejkę „{0}”? Jej %n klientów zostanie w bazie i będą widoczni dla wszystkich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="53"/>
        <source>Register a call</source>
        <translation>Rejestracja rozmowy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="53"/>
        <source>Register an email</source>
        <translation>Rejestracja e-maila</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="59"/>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="60"/>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="67"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="70"/>
        <source>Their number</source>
        <translation>Numer rozmówcy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="70"/>
        <source>Their address</source>
        <translation>Adres rozmówcy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="75"/>
        <source>What was said or written</source>
        <translation>Co powiedziano lub napisano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="77"/>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="78"/>
        <source>Direction:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="79"/>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="81"/>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="82"/>
        <source>Other side:</source>
        <translation>Druga strona:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="83"/>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/register_dialog.py" line="84"/>
        <source>Text:</source>
        <translation>Treść:</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="158"/>
        <source>Calls and emails with no client</source>
        <translation>Połączenia i e-maile bez klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="163"/>
        <source>Incoming and outgoing</source>
        <translation>Przychodzące i wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="164"/>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="165"/>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="171"/>
        <source>Calls and emails</source>
        <translation>Połączenia i e-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="172"/>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="173"/>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="178"/>
        <source>t&amp;o</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="182"/>
        <source>Noted &amp;from:</source>
        <translation>Za&amp;rejestrowane od:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="186"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Kierunek:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/check_forms.py" line="187"/>
        <source>&amp;Kind:</source>
        <translation>Rodza&amp;j:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="391"/>
        <source>Results</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="392"/>
        <source>What the import did. Its details stay in the import history.</source>
        <translation>Co zrobił import. Szczegóły pozostają w historii importu.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="86"/>
        <source>Groups of cards that look like one client. Merge… or a double-click shows the group side by side.</source>
        <translation>Grupy kart, które wyglądają na jednego klienta. „Scal…” lub dwukrotne kliknięcie pokazuje grupę obok siebie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="89"/>
        <source>What the check found. Double-click a row to open the card.</source>
        <translation>Co znalazła kontrola. Dwukrotne kliknięcie wiersza otwiera kartę.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="95"/>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="114"/>
        <source>Checking the whole base…</source>
        <translation>Sprawdzanie całej bazy…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="114"/>
        <source>Checking</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="146"/>
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>Znaleziono %n grupę duplikatów.</numerusform>
            <numerusform>Znaleziono %n grupy duplikatów.</numerusform>
            <numerusform>Znaleziono %n grup duplikatów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="147"/>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="181"/>
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Znaleziono %n rekord.</numerusform>
            <numerusform>Znaleziono %n rekordy.</numerusform>
            <numerusform>Znaleziono %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="165"/>
        <source>Nothing found: nothing is missing. Press Finish.</source>
        <translation>Nic nie znaleziono: niczego nie brakuje. Naciśnij „Zakończ”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="178"/>
        <source>%n doubtful record(s) left for the tasks.</source>
        <translation>
            <numerusform>Do zadań został %n wątpliwy rekord.</numerusform>
            <numerusform>Do zadań zostały %n wątpliwe rekordy.</numerusform>
            <numerusform>Do zadań zostało %n wątpliwych rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/results_page.py" line="190"/>
        <source>The check was cancelled; nothing was kept. Go Back to run it again.</source>
        <translation>Kontrolę anulowano; nic nie zachowano. Wróć, aby uruchomić ją ponownie.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="120"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="122"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="123"/>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="124"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="86"/>
        <source>Sa&amp;ve failed rows…</source>
        <translation>Zapisz &amp;błędne wiersze…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="89"/>
        <source>Show imported &amp;clients</source>
        <translation>Pokaż zaimportowanych &amp;klientów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="92"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Cofnij ten import…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="150"/>
        <source>Choose an import to see its results.</source>
        <translation>Wybierz import, aby zobaczyć jego rezultaty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="186"/>
        <source>import #{0}</source>
        <translation>import nr {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="191"/>
        <source>by {0}</source>
        <translation>użytkownik {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="195"/>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="206"/>
        <source>Columns not imported: {0}.</source>
        <translation>Nieimportowane kolumny: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="212"/>
        <source>{0} values were left empty (see the failed-rows details).</source>
        <translation>Wartości pozostawione puste: {0} (szczegóły w błędnych wierszach).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="217"/>
        <source>This import was undone.</source>
        <translation>Ten import został cofnięty.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="245"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="271"/>
        <source>Save failed rows</source>
        <translation>Zapisz błędne wiersze</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="247"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="267"/>
        <source>{0} failed rows saved to {1}.</source>
        <translation>Błędne wiersze ({0}) zapisano w {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="314"/>
        <source>Undo “{0}”? The {1} clients it created will be deleted and the {2} clients it updated get their old values back. Clients someone worked on since the import are kept as they are, and listed.</source>
        <translation>Cofnąć „{0}”? Utworzeni przez niego klienci ({1}) zostaną usunięci, a zaktualizowani klienci ({2}) odzyskają poprzednie wartości. Klienci, z którymi ktoś pracował po imporcie, zostaną bez zmian i będą wymienieni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="319"/>
        <source>Undo “{0}”? The {1} clients its rows created and the {2} companies it made for the Company column will be deleted, and the {3} clients it updated get their old values back. Clients someone worked on since the import are kept as they are, and listed.</source>
        <translation>Cofnąć „{0}”? Klienci utworzeni przez jego wiersze ({1}) i firmy utworzone z kolumny Firma ({2}) zostaną usunięci, a zaktualizowani klienci ({3}) odzyskają dawne wartości. Klienci, z którymi ktoś pracował po imporcie, zostaną bez zmian i będą wymienieni.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="333"/>
        <source>The import was undone: {0} clients and {1} companies of the Company column deleted, {2} restored, {3} kept.</source>
        <translation>Import cofnięto: usunięto klientów: {0} i firm z kolumny Firma: {1}, przywrócono: {2}, zachowano: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="343"/>
        <source>The import was undone: {0} clients deleted, {1} restored, {2} kept.</source>
        <translation>Import cofnięty: usunięto klientów — {0}, przywrócono — {1}, zachowano — {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="351"/>
        <source>Kept, as someone worked on them since: {0}</source>
        <translation>Zachowani, bo ktoś z nimi pracował po imporcie: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="352"/>
        <source> and {0} more.</source>
        <translation> i jeszcze {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="290"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="294"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="308"/>
        <source>Undo this import</source>
        <translation>Cofanie importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="358"/>
        <location filename="../../desktop_crm/ui/importing/results.py" line="374"/>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="121"/>
        <source>New companies</source>
        <translation>Nowe firmy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/results.py" line="137"/>
        <source>Companies the import created for names in the Company column</source>
        <translation>Firmy utworzone przez import dla nazw z kolumny „Firma”</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="54"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="56"/>
        <source>The import is one unit of work: if it is cancelled, nothing is kept.</source>
        <translation>Import to jedna całość: jeśli zostanie anulowany, nic nie zostanie zachowane.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="59"/>
        <source>&amp;Results &gt;</source>
        <translation>W&amp;yniki &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="69"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="72"/>
        <source>&amp;Start again</source>
        <translation>Zacznij od &amp;nowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="110"/>
        <source>Importing {0} (rows: {1}) as {2}, mode {3}.</source>
        <translation>Import {0} (wiersze: {1}) jako {2}, typ importu: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="113"/>
        <source>leads</source>
        <translation>leady</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="113"/>
        <source>clients</source>
        <translation>klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="119"/>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="157"/>
        <source>Cancelling: rolling back what was imported…</source>
        <translation>Anulowanie: wycofywanie zaimportowanych danych…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="170"/>
        <source>Rows imported: {0} in {1:.1f} s</source>
        <translation>Zaimportowane wiersze: {0} w {1:.1f} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="191"/>
        <source>The import was cancelled. Nothing was changed in the base.</source>
        <translation>Import anulowano. W bazie nic się nie zmieniło.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="195"/>
        <source>The import stopped: {0}</source>
        <translation>Import zatrzymany: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="197"/>
        <source>The import stopped because of an error inside desktop-crm.</source>
        <translation>Import przerwał błąd wewnętrzny desktop-crm.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/run_page.py" line="199"/>
        <source>Nothing was changed in the base.</source>
        <translation>W bazie nic nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>SaveAddressOffer</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="98"/>
        <source>Save the address to the card?</source>
        <translation>Zapisać adres w karcie?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="104"/>
        <source>No card holds this address or number yet. Save it to {0}, so that its other calls and emails, past and future, go to this card by themselves?</source>
        <translation>Żadna karta nie ma jeszcze tego adresu ani numeru. Zapisać go w karcie {0}, aby inne rozmowy i e-maile z niego, dawne i przyszłe, same trafiały do tej karty?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="116"/>
        <source>The card: {0}</source>
        <translation>Karta: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="118"/>
        <source>Contact person: {0}</source>
        <translation>Osoba kontaktowa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="120"/>
        <source>Address or number:</source>
        <translation>Adres lub numer:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="121"/>
        <source>Save to:</source>
        <translation>Zapisz w:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="124"/>
        <source>Save to the card</source>
        <translation>Zapisz w karcie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="127"/>
        <source>Don&apos;t save</source>
        <translation>Nie zapisuj</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="43"/>
        <source>Linking schedule</source>
        <translation>Harmonogram przypisywania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="48"/>
        <source>Link calls and emails to clients by themselves while the window is open</source>
        <translation>Przypisuj rozmowy i e-maile do klientów samodzielnie, gdy okno jest otwarte</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="52"/>
        <source>Every</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/schedule.py" line="57"/>
        <source>Daily at</source>
        <translation>Codziennie o</translation>
    </message>
</context>
<context>
    <name>SetClientDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="43"/>
        <source>Set the client</source>
        <translation>Wskaż klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="50"/>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="70"/>
        <source>The card itself</source>
        <translation>Sama karta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="53"/>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/interactions/link_dialogs.py" line="54"/>
        <source>Contact person:</source>
        <translation>Osoba kontaktowa:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="56"/>
        <source>Users and roles</source>
        <translation>Użytkownicy i role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="57"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="58"/>
        <source>Custom fields</source>
        <translation>Pola dodatkowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="59"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="60"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/dialog.py" line="68"/>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="48"/>
        <source>How to import</source>
        <translation>Ustawienia importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="51"/>
        <source>Name the import, choose what it may change and how it recognises clients that are in the base already.</source>
        <translation>Nazwij import, wybierz, co może zmieniać i jak rozpoznaje klientów, którzy już są w bazie.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="67"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="77"/>
        <source>What this import is, to find it in the history later</source>
        <translation>Czego dotyczy ten import — aby łatwo znaleźć go później w historii</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="83"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="85"/>
        <source>Leads (potential clients)</source>
        <translation>Leady (potencjalni klienci)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="87"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="88"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="89"/>
        <source>&amp;Import as:</source>
        <translation>&amp;Importuj jako:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="101"/>
        <source>Mode</source>
        <translation>Typ importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="107"/>
        <source>&amp;Add</source>
        <translation>Dod&amp;anie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="108"/>
        <source>&amp;Update</source>
        <translation>A&amp;ktualizacja</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="109"/>
        <source>A&amp;dd + Update</source>
        <translation>Dodanie + Aktuali&amp;zacja</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="127"/>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="130"/>
        <source>&amp;Look for the client in the base, step by step:</source>
        <translation>&amp;Szukaj klienta w bazie krok po kroku:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="136"/>
        <source>Al&amp;ways check one unique field:</source>
        <translation>Zawsze sprawdzaj jedno &amp;unikalne pole:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="147"/>
        <source>by phone</source>
        <translation>po telefonie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="148"/>
        <source>by email</source>
        <translation>po e-mailu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="149"/>
        <source>by name</source>
        <translation>po nazwie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="188"/>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="193"/>
        <source>e.g. [11]: only 11-digit numbers pass</source>
        <translation>np. [11]: tylko 11 cyfr</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="198"/>
        <source>e.g. [11]/-7+8 [10]/+7</source>
        <translation>np. [11]/-7+8 [10]/+7</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="201"/>
        <source>[11]/-7+8 replaces a leading 7 by 8 in 11-digit numbers; [10]/+7 puts 7 in front of 10-digit numbers; [11]/-8 drops a leading 8. Several rules apply in order.</source>
        <translation>[11]/-7+8 zastępuje początkowe 7 przez 8 w numerach 11-cyfrowych; [10]/+7 dodaje 7 przed numerami 10-cyfrowymi; [11]/-8 usuwa początkowe 8. Kilka zasad stosuje się po kolei.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="209"/>
        <source>A row without a phone &amp;fails</source>
        <translation>Wiersz bez telefonu to &amp;błąd</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="215"/>
        <source>Type a number to see what the rules make of it</source>
        <translation>Wpisz numer, by sprawdzić zasady</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="222"/>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="223"/>
        <source>After the rules</source>
        <translation>Po zasadach</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="224"/>
        <source>Stored as</source>
        <translation>Zapisany jako</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="233"/>
        <source>&amp;Validation rule:</source>
        <translation>Zasada wa&amp;lidacji:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="234"/>
        <source>&amp;Transformation rules:</source>
        <translation>Zasady &amp;przekształcania:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="235"/>
        <source>Default &amp;region:</source>
        <translation>Domyślny &amp;region:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="238"/>
        <source>Tr&amp;y a number:</source>
        <translation>Wypróbuj nu&amp;mer:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="244"/>
        <source>New clients</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="253"/>
        <source>No group (or type Parent/Child)</source>
        <translation>Bez grupy (lub Nadrzędna/Podrzędna)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="261"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="262"/>
        <source>Resp&amp;onsible:</source>
        <translation>Opi&amp;ekun:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="263"/>
        <source>&amp;Queue:</source>
        <translation>Kole&amp;jka:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="264"/>
        <source>Sales &amp;scenario:</source>
        <translation>S&amp;cenariusz sprzedaży:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="119"/>
        <source>Import of {0}, {1}</source>
        <translation>Import {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="148"/>
        <source>No queue: everyone sees them</source>
        <translation>Bez kolejki: widzą wszyscy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="153"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="158"/>
        <source>The base has no sales scenarios yet.</source>
        <translation>W bazie nie ma jeszcze scenariuszy sprzedaży.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_page.py" line="232"/>
        <source>refused: {0}</source>
        <translation>odrzucony: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/settings_form.py" line="178"/>
        <source>Numbers without a country code are read as numbers of this country. It starts as the base&apos;s phone country; a change here is for this import only.</source>
        <translation>Numery bez kodu kraju są odczytywane jako numery tego kraju. Domyślnie jest to kraj telefonów bazy; zmiana tutaj dotyczy tylko tego importu.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="61"/>
        <source>Where are the clients?</source>
        <translation>Skąd zaimportować klientów?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="64"/>
        <source>Choose a file (Excel, OpenDocument, CSV or text separated by commas, semicolons, tabs or spaces), drop it here, or paste a table. One row is one client, one column one field.</source>
        <translation>Wybierz plik (Excel, OpenDocument, CSV lub tekst rozdzielany przecinkami, średnikami, tabulatorami lub spacjami), upuść go tutaj albo wklej tabelę. Jeden wiersz to jeden klient, jedna kolumna to jedno pole.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="51"/>
        <source>From a &amp;file</source>
        <translation>Z &amp;pliku</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="54"/>
        <source>From a &amp;pasted table</source>
        <translation>Z wklejonej &amp;tabeli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="61"/>
        <source>Save &amp;sample file…</source>
        <translation>Zapi&amp;sz przykładowy plik…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="64"/>
        <source>A file with the import&apos;s own columns and two example clients (IMP-2)</source>
        <translation>Plik z kolumnami importu i dwoma przykładowymi klientami (IMP-2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="83"/>
        <source>Choose a file, type its path or drop it here</source>
        <translation>Wybierz plik, wpisz jego ścieżkę lub upuść go tutaj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="87"/>
        <source>Bro&amp;wse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="101"/>
        <source>Copy the table in Excel or a text editor and paste it here (Ctrl+V).</source>
        <translation>Skopiuj tabelę w Excelu lub edytorze tekstu i wklej ją tutaj (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="123"/>
        <source>First row holds column na&amp;mes</source>
        <translation>&amp;Nagłówki w pierwszym wierszu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="131"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="132"/>
        <source>Sepa&amp;rator:</source>
        <translation>S&amp;eparator:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="133"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="148"/>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="152"/>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="300"/>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="306"/>
        <source>Automatic</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="154"/>
        <source>comma ,</source>
        <translation>przecinek ,</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="155"/>
        <source>semicolon ;</source>
        <translation>średnik ;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="156"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="157"/>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_form.py" line="158"/>
        <source>bar |</source>
        <translation>kreska |</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="117"/>
        <source>Choose the file to import</source>
        <translation>Wybierz plik do importu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="118"/>
        <source>Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Tabele (*.xlsx *.xls *.ods *.csv *.txt *.tsv *.vcf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="139"/>
        <source>Save sample file</source>
        <translation>Zapisz przykładowy plik</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="141"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="153"/>
        <source>{0} cannot be written: {1}.</source>
        <translation>Nie można zapisać {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="156"/>
        <source>Sample file saved to {0}.</source>
        <translation>Przykładowy plik zapisano w {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="245"/>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="274"/>
        <source>The file could not be read because of an error inside desktop-crm.</source>
        <translation>Nie udało się odczytać pliku z powodu błędu wewnętrznego desktop-crm.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="298"/>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="304"/>
        <source>Automatic ({0})</source>
        <translation>Auto ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="322"/>
        <source>text table</source>
        <translation>tabela tekstowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="323"/>
        <source>Excel workbook</source>
        <translation>skoroszyt Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="324"/>
        <source>Excel 97-2003 workbook</source>
        <translation>skoroszyt Excel 97-2003</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="325"/>
        <source>OpenDocument spreadsheet</source>
        <translation>arkusz OpenDocument</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="326"/>
        <source>vCard contacts</source>
        <translation>kontakty vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="330"/>
        <source>encoding {0}</source>
        <translation>kodowanie {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="332"/>
        <source>separated by {0}</source>
        <translation>separator {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="334"/>
        <source>sheet “{0}”</source>
        <translation>arkusz „{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="335"/>
        <source>{0} columns</source>
        <translation>kolumny: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="337"/>
        <source>about {0} rows</source>
        <translation>wiersze: około {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/source_page.py" line="338"/>
        <source>the first rows:</source>
        <translation>pierwsze wiersze:</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../desktop_crm/ui/card/tags.py" line="116"/>
        <source>Remove the tag {0}</source>
        <translation>Usuń tag {0}</translation>
    </message>
</context>
<context>
    <name>TagChipsEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/card/tags.py" line="146"/>
        <source>Add tag… (Enter)</source>
        <translation>Dodaj tag… (Enter)</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="27"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="28"/>
        <source>Tags are added to clients on their cards and in the list (Add tag…).</source>
        <translation>Tagi dodaje się klientom na ich kartach i na liście („Dodaj tag…”).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="31"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="31"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="33"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="34"/>
        <source>Merge into…</source>
        <translation>Scal z…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="35"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="66"/>
        <source>Rename tag</source>
        <translation>Zmiana nazwy tagu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="66"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="78"/>
        <source>Merge tags</source>
        <translation>Scalanie tagów</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="79"/>
        <source>Put “{0}” on its clients as:</source>
        <translation>Zastąp u klientów „{0}” tagiem:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="93"/>
        <source>Delete tag</source>
        <translation>Usuwanie tagu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="94"/>
        <source>Delete the tag “{0}”? It comes off %n client(s).</source>
        <translation>
            <numerusform>Usunąć tag „{0}”? Zniknie z %n klienta.</numerusform>
            <numerusform>Usunąć tag „{0}”? Zniknie z %n klientów.</numerusform>
            <numerusform>Usunąć tag „{0}”? Zniknie z %n klientów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskItems</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/item_model.py" line="38"/>
        <source>Client / contact person</source>
        <translation>Klient / osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/item_model.py" line="39"/>
        <source>Missing</source>
        <translation>Brakuje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/item_model.py" line="40"/>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="28"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="29"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="30"/>
        <source>Executor</source>
        <translation>Wykonawca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="31"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="32"/>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="33"/>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_model.py" line="76"/>
        <source>Overdue: the due date has passed</source>
        <translation>Po terminie: termin minął</translation>
    </message>
</context>
<context>
    <name>TaskListTab</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="68"/>
        <source>All tasks</source>
        <translation>Wszystkie zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="68"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="70"/>
        <source>New task…</source>
        <translation>Nowe zadanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="73"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="108"/>
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln otwarte zadanie</numerusform>
            <numerusform>%Ln otwarte zadania</numerusform>
            <numerusform>%Ln otwartych zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="110"/>
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln po terminie</numerusform>
            <numerusform>, %Ln po terminie</numerusform>
            <numerusform>, %Ln po terminie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="94"/>
        <source>&amp;Not done only</source>
        <translation>Tylko &amp;niewykonane</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="99"/>
        <source>See again which items the base has fixed now</source>
        <translation>Sprawdź ponownie, które pozycje są już poprawione w bazie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="101"/>
        <source>&amp;Close task</source>
        <translation>&amp;Zamknij zadanie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="104"/>
        <source>&amp;Open the client&apos;s card</source>
        <translation>Otwórz &amp;kartę klienta</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="132"/>
        <source>due {0}</source>
        <translation>termin {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="134"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="136"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="140"/>
        <source>{0} of %Ln item(s) done</source>
        <translation>
            <numerusform>wykonano {0} z %Ln pozycji</numerusform>
            <numerusform>wykonano {0} z %Ln pozycji</numerusform>
            <numerusform>wykonano {0} z %Ln pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="151"/>
        <source>Every item must be done first</source>
        <translation>Najpierw wszystkie pozycje muszą być wykonane</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="18"/>
        <source>Manual</source>
        <translation>Ręczne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="19"/>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="28"/>
        <source>Contact info</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="20"/>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="29"/>
        <source>Registration</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="21"/>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="30"/>
        <source>Properties</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="22"/>
        <source>Full names</source>
        <translation>Imiona i nazwiska</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="23"/>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="31"/>
        <source>Full-name control</source>
        <translation>Kontrola imion i nazwisk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="32"/>
        <source>Duplicates in the base</source>
        <translation>Duplikaty w bazie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="35"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="36"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="37"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="38"/>
        <source>website</source>
        <translation>strona www</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="39"/>
        <source>client or contact person</source>
        <translation>klient lub osoba kontaktowa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="40"/>
        <source>last, first and middle name</source>
        <translation>nazwisko, imię i drugie imię</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="41"/>
        <source>merge with its duplicate</source>
        <translation>scalić z duplikatem</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="68"/>
        <source>{0} (proposed: {1})</source>
        <translation>{0} (propozycja: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/words.py" line="83"/>
        <source>{0} (done {1}%)</source>
        <translation>{0} (wykonano {1}%)</translation>
    </message>
</context>
<context>
    <name>TasksFeature</name>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="39"/>
        <source>Your open tasks (Tasks › My tasks)</source>
        <translation>Twoje otwarte zadania (Zadania › Moje zadania)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="57"/>
        <source>All tasks</source>
        <translation>Wszystkie zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="57"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="86"/>
        <source>Task added.</source>
        <translation>Zadanie dodane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="98"/>
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln otwarte zadanie</numerusform>
            <numerusform>%Ln otwarte zadania</numerusform>
            <numerusform>%Ln otwartych zadań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="43"/>
        <source>Add a user</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="55"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="56"/>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="57"/>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="65"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="66"/>
        <source>Password again:</source>
        <translation>Hasło ponownie:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="260"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="261"/>
        <source>Manager</source>
        <translation>Menedżer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="84"/>
        <source>On this computer&apos;s base a person is known by the login name they use to sign in to the operating system.</source>
        <translation>W bazie na tym komputerze użytkownik to login, którym loguje się do systemu operacyjnego.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="88"/>
        <source>In a shared base a person is known by their database login.</source>
        <translation>We wspólnej bazie użytkownik to jego login do bazy danych.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="90"/>
        <source>Users and roles</source>
        <translation>Użytkownicy i role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="92"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="94"/>
        <source>Add user…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="95"/>
        <source>Change role…</source>
        <translation>Zmień rolę…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="96"/>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="128"/>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="109"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="109"/>
        <source>Disabled</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="128"/>
        <source>Enable</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="151"/>
        <source>Change role</source>
        <translation>Zmiana roli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings_menu/users_page.py" line="151"/>
        <source>Role of {0}:</source>
        <translation>Rola użytkownika {0}:</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../desktop_crm/ui/control/choose_pages.py" line="107"/>
        <source>Choose what to look for, then press Next to run the check.</source>
        <translation>Wybierz, czego szukać, i naciśnij „Dalej”, aby uruchomić kontrolę.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="93"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="68"/>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress_dialog.py" line="61"/>
        <source>Please wait…</source>
        <translation>Proszę czekać…</translation>
    </message>
</context>
</TS>
