<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>desktop-crm cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="104"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>Something went wrong inside desktop-crm. This is a bug, not something you did. Your saved data is safe; the action that failed was not completed.

Please copy the details below and send them to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="231"/>
        <source>Not available yet{0}: this part of desktop-crm is still being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="106"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="240"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="241"/>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardFieldsForm</name>
    <message>
        <location filename="../../ui/card_fields.py" line="65"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="66"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="68"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="69"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="80"/>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="81"/>
        <source>Detach this client from the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="86"/>
        <source>Attach to company: type its name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="120"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="121"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="124"/>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="125"/>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="126"/>
        <source>Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="127"/>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="128"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="132"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="133"/>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="134"/>
        <source>Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="135"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="136"/>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="138"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="139"/>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="140"/>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="141"/>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="142"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="143"/>
        <source>Additional fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="175"/>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="179"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="182"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="232"/>
        <source>#{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="281"/>
        <source>The last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="282"/>
        <source>The first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="283"/>
        <source>The middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="284"/>
        <source>The position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="285"/>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="286"/>
        <source>The website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="290"/>
        <source>{0} may be at most {1} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="296"/>
        <source>Birth date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="305"/>
        <source>A client needs a name: fill in the full name or the last and first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_fields.py" line="308"/>
        <source>The full name may be at most 500 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="132"/>
        <source>Change the client of a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="137"/>
        <source>The deal “{0}” is now with {1}. Find the client it belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="147"/>
        <location filename="../../ui/card_deal_dialogs.py" line="170"/>
        <source>No client chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="152"/>
        <source>Move the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="164"/>
        <source>New client: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../ui/client_card.py" line="93"/>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="94"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="95"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="96"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="158"/>
        <location filename="../../ui/client_card.py" line="359"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="160"/>
        <source>Save the card (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="163"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="164"/>
        <source>Show the card as it is stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="166"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="188"/>
        <source>Discard your unsaved changes and show the stored card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="189"/>
        <source>Reload the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="206"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="221"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="221"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="222"/>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="222"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="224"/>
        <source>changed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="226"/>
        <source> by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="310"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="318"/>
        <source>Someone changed this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="321"/>
        <source>Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="322"/>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="323"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="328"/>
        <source>Reloaded: the card shows the stored version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="356"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="357"/>
        <source>The card of {0} has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="360"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="361"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="382"/>
        <source>Delete {0} for good, with notes, files, deals and history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="384"/>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_card.py" line="390"/>
        <source>The client was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="49"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="50"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="51"/>
        <location filename="../../ui/client_table_model.py" line="71"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="52"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="53"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="54"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="55"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="56"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="57"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="58"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="59"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="60"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="61"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="62"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="63"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="66"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="67"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="70"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message>
        <location filename="../../ui/client_list.py" line="144"/>
        <source>Search by name, phone, email or company  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="154"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="155"/>
        <source>Choose the columns of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="158"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="194"/>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="196"/>
        <source>Bring your client base in from a spreadsheet or a CSV file, or load demo clients to try the program out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="202"/>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="204"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="216"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="219"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="237"/>
        <source>%n per page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="238"/>
        <source>Continuous scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="240"/>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="241"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="244"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="245"/>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="298"/>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="306"/>
        <source>Assign responsible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="312"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="315"/>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="321"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="328"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="334"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="353"/>
        <source>Add a client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="410"/>
        <source>Found: %Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="412"/>
        <source>%Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="419"/>
        <source>No client matches “{0}”{1}. Check the spelling, or search by a part of the name, phone or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="423"/>
        <source> with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="427"/>
        <source>No client matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="428"/>
        <source>Found: 0 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="431"/>
        <source>No clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="433"/>
        <location filename="../../ui/client_list.py" line="439"/>
        <source>The list could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="476"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="513"/>
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="581"/>
        <source>Assign responsible manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="586"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="590"/>
        <source>Responsible manager for %Ln selected client(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="600"/>
        <source>%Ln client(s) assigned to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="601"/>
        <source>Assigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="608"/>
        <source>There are no tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="615"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="619"/>
        <source>Tag to add to %Ln selected client(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="625"/>
        <source>Tag “{0}” added to %Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="626"/>
        <source>Adding the tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="631"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="635"/>
        <source>Tag to remove from %Ln selected client(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="641"/>
        <source>Tag “{0}” removed from %Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="642"/>
        <source>Removing the tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="649"/>
        <source>Delete clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="653"/>
        <source>Delete %Ln client(s) for good, with their contacts, notes, files, deals and history?

This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="661"/>
        <source>Delete %Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="671"/>
        <source>%Ln client(s) deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="672"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSearchEdit</name>
    <message>
        <location filename="../../ui/widgets/card_client_search.py" line="48"/>
        <source>Type a company name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_client_search.py" line="50"/>
        <source>Type a name, phone or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_client_search.py" line="82"/>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="109"/>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="109"/>
        <source>+ Add email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="36"/>
        <source>Primary: used for calls and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="38"/>
        <source>Primary: used for emails and mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="42"/>
        <source>+7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="42"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="45"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="51"/>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="51"/>
        <source>Remove this email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="73"/>
        <source>“{0}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_contacts.py" line="75"/>
        <source>“{0}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../ui/widgets/card_custom_fields.py" line="48"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_custom_fields.py" line="49"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_custom_fields.py" line="58"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../ui/widgets/card_date_edit.py" line="44"/>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/card_date_edit.py" line="54"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="33"/>
        <source>New deal with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="37"/>
        <source>What the client is interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="40"/>
        <source>e.g. 150 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="44"/>
        <source>e.g. Call back with a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="52"/>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="53"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="54"/>
        <source>Expected revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="55"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="56"/>
        <source>Planned activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="57"/>
        <source>Activity date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="62"/>
        <source>Create deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="82"/>
        <source>Expected revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="84"/>
        <source>Expected revenue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="91"/>
        <source>A deal needs a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="94"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deal_dialogs.py" line="94"/>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../ui/card_deals.py" line="52"/>
        <source>Create deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="54"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="55"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="56"/>
        <source>Change client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="63"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="65"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="66"/>
        <source>Expected revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="67"/>
        <source>Planned activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="68"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="82"/>
        <source>No deals yet: create one with “Create deal…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="156"/>
        <source>The deal is finished; only an open deal can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="174"/>
        <source>The deal was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="194"/>
        <source>The deal was not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_deals.py" line="220"/>
        <source>The deal was not moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="45"/>
        <source>same phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="46"/>
        <source>same email {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="47"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="53"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="54"/>
        <source>Open this client&apos;s card instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedTab</name>
    <message>
        <location filename="../../ui/card_feed.py" line="50"/>
        <source>Write a note… (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="54"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="55"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="71"/>
        <source>Nothing has happened on this card yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="106"/>
        <source>The note was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_feed.py" line="120"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../ui/card_files.py" line="45"/>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="46"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="47"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="48"/>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="49"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="59"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="81"/>
        <source>Drop files here to attach them. Files up to {0} each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="121"/>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="126"/>
        <source>Double-click to edit the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="159"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="181"/>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="192"/>
        <location filename="../../ui/card_files.py" line="196"/>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="197"/>
        <source>No program is set up to open {0}. It was saved to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="208"/>
        <source>Save the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="214"/>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="224"/>
        <source>Comment on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="224"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="233"/>
        <source>Delete the file {0} from this card? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="234"/>
        <source>Delete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="237"/>
        <source>The file was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_files.py" line="247"/>
        <source>The comment was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/client_filters.py" line="26"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="27"/>
        <source>Leads and clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="28"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="29"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="30"/>
        <source>Responsible manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="31"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="32"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="33"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="34"/>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="39"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="65"/>
        <source>Any manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="66"/>
        <source>Nobody responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="69"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="70"/>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="70"/>
        <source>Not in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="71"/>
        <source>Any queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_filters.py" line="71"/>
        <source>Not in a queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/card_history.py" line="23"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="23"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="23"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="23"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="41"/>
        <source>created: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_history.py" line="43"/>
        <source>removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>desktop-crm — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>The database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Signed in as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="287"/>
        <source>%Ln client(s) in the base</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>How many demo clients should be added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Added %Ln demo client(s) in {0:.1f} s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source> (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Adding %Ln demo client(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Exported %Ln client(s) to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Save import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Template saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>About desktop-crm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>&lt;b&gt;desktop-crm {0}&lt;/b&gt;&lt;br&gt;A client base for sales managers and the admins who keep it in shape.&lt;br&gt;&lt;br&gt;Database: {1}&lt;br&gt;Qt for Python {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="82"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="86"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="87"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="89"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="90"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="93"/>
        <source>Last name First name Middle name, or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="96"/>
        <source>+7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="99"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="108"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="109"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="110"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="111"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="112"/>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="128"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="154"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="170"/>
        <source>A client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="173"/>
        <source>“{0}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="176"/>
        <source>“{0}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="183"/>
        <source>Not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="184"/>
        <source>Not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_client_dialog.py" line="229"/>
        <source>This client may be in the base already. Open the card, or create a new client anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/card_people.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="38"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="39"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="41"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="52"/>
        <source>Attach a person to this company on their card (“Company”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="67"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="67"/>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/card_people.py" line="76"/>
        <source>Double-click to open the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../ui/widgets/card_tags.py" line="105"/>
        <source>Remove the tag {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChipsEditor</name>
    <message>
        <location filename="../../ui/widgets/card_tags.py" line="127"/>
        <source>Add tag… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/client_columns.py" line="129"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
