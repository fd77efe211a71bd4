<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="115" />
        <source>Responsible manager for %Ln selected client(s):</source>
        <translation>
            <numerusform>Responsible manager for %Ln selected client:</numerusform>
            <numerusform>Responsible manager for %Ln selected clients:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="122" />
        <source>%Ln client(s) assigned to {0}</source>
        <translation>
            <numerusform>%Ln client assigned to {0}</numerusform>
            <numerusform>%Ln clients assigned to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="153" />
        <source>Tag to add to %Ln selected client(s):</source>
        <translation>
            <numerusform>Tag to add to %Ln selected client:</numerusform>
            <numerusform>Tag to add to %Ln selected clients:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="159" />
        <source>Tag “{0}” added to %Ln client(s)</source>
        <translation>
            <numerusform>Tag “{0}” added to %Ln client</numerusform>
            <numerusform>Tag “{0}” added to %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="168" />
        <source>Tag to remove from %Ln selected client(s):</source>
        <translation>
            <numerusform>Tag to remove from %Ln selected client:</numerusform>
            <numerusform>Tag to remove from %Ln selected clients:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="174" />
        <source>Tag “{0}” removed from %Ln client(s)</source>
        <translation>
            <numerusform>Tag “{0}” removed from %Ln client</numerusform>
            <numerusform>Tag “{0}” removed from %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="186" />
        <source>Delete %Ln client(s) for good, with their contacts, notes, files, deals and history?

This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln client for good, with their contacts, notes, files, deals and history?

This cannot be undone.</numerusform>
            <numerusform>Delete %Ln clients for good, with their contacts, notes, files, deals and history?

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="194" />
        <source>Delete %Ln client(s)</source>
        <translation>
            <numerusform>Delete %Ln client</numerusform>
            <numerusform>Delete %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/bulk.py" line="204" />
        <source>%Ln client(s) deleted</source>
        <translation>
            <numerusform>%Ln client deleted</numerusform>
            <numerusform>%Ln clients deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListWidget</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="257" />
        <source>%n per page</source>
        <translation>
            <numerusform>%n per page</numerusform>
            <numerusform>%n per page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="216" />
        <source>Found: %Ln or more clients, counting…</source>
        <translation>
            <numerusform>Found: %Ln or more clients, counting…</numerusform>
            <numerusform>Found: %Ln or more clients, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="220" />
        <source>Found: %Ln client(s)</source>
        <translation>
            <numerusform>Found: %Ln client</numerusform>
            <numerusform>Found: %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="222" />
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/clients/list_widget.py" line="335" />
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatedPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/created_page.py" line="73" />
        <source>%n task(s) created</source>
        <translation>
            <numerusform>%n task created</numerusform>
            <numerusform>%n tasks created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/created_page.py" line="74" />
        <source> with %n record(s) to fix.</source>
        <translation>
            <numerusform> with %n record to fix.</numerusform>
            <numerusform> with %n records to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisciplineWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/reports/window.py" line="127" />
        <source>%n task(s) given in this period.</source>
        <translation>
            <numerusform>%n task given in this period.</numerusform>
            <numerusform>%n tasks given in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionForm</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="233" />
        <source>%n task(s), </source>
        <translation>
            <numerusform>%n task, </numerusform>
            <numerusform>%n tasks, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/distribution_form.py" line="234" />
        <source>%n record(s) in all.</source>
        <translation>
            <numerusform>%n record in all.</numerusform>
            <numerusform>%n records in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/duplicates_window.py" line="151" />
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>%n group of duplicates found.</numerusform>
            <numerusform>%n groups of duplicates found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="42" />
        <source>&amp;All %Ln client(s)</source>
        <translation>
            <numerusform>&amp;All %Ln client</numerusform>
            <numerusform>&amp;All %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="45" />
        <source>&amp;The %Ln client(s) found by the current search and filters</source>
        <translation>
            <numerusform>&amp;The %Ln client found by the current search and filters</numerusform>
            <numerusform>&amp;The %Ln clients found by the current search and filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="101" />
        <source>Exported %Ln client(s) to {0}</source>
        <translation>
            <numerusform>Exported %Ln client to {0}</numerusform>
            <numerusform>Exported %Ln clients to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/export.py" line="133" />
        <source>Export %Ln client(s)</source>
        <translation>
            <numerusform>Export %Ln client</numerusform>
            <numerusform>Export %Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/fields_page.py" line="186" />
        <source>Delete the field “{0}” from every card? The values of %n client(s) go with it.</source>
        <translation>
            <numerusform>Delete the field “{0}” from every card? The values of %n client go with it.</numerusform>
            <numerusform>Delete the field “{0}” from every card? The values of %n clients go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="86" />
        <source>Added %Ln demo client(s) in {0:.1f} s</source>
        <translation>
            <numerusform>Added %Ln demo client in {0:.1f} s</numerusform>
            <numerusform>Added %Ln demo clients in {0:.1f} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/file_menu/__init__.py" line="97" />
        <source>Adding %Ln demo client(s)…</source>
        <translation>
            <numerusform>Adding %Ln demo client…</numerusform>
            <numerusform>Adding %Ln demo clients…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/interactions/journal.py" line="262" />
        <source>%n call(s) and email(s)</source>
        <translation>
            <numerusform>%n call and email</numerusform>
            <numerusform>%n calls and emails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/locale_format.py" line="32" />
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailFetch</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/mail_fetch/__init__.py" line="83" />
        <source>Fetched %Ln message(s): {0} new, {1} linked to clients</source>
        <translation>
            <numerusform>Fetched %Ln message: {0} new, {1} linked to clients</numerusform>
            <numerusform>Fetched %Ln messages: {0} new, {1} linked to clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="282" />
        <source>%Ln client(s) in the base</source>
        <translation>
            <numerusform>%Ln client in the base</numerusform>
            <numerusform>%Ln clients in the base</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/dialog.py" line="61" />
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>Merge %n card</numerusform>
            <numerusform>Merge %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergesWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/merge/merges_window.py" line="85" />
        <source>%n merge(s)</source>
        <translation>
            <numerusform>%n merge</numerusform>
            <numerusform>%n merges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="61" />
        <source>%n sure split(s) can be written at once.</source>
        <translation>
            <numerusform>%n sure split can be written at once.</numerusform>
            <numerusform>%n sure splits can be written at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="81" />
        <source>%n name(s) split. This can be undone (bulk edit #{0}).</source>
        <translation>
            <numerusform>%n name split. This can be undone (bulk edit #{0}).</numerusform>
            <numerusform>%n names split. This can be undone (bulk edit #{0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/names_panel.py" line="102" />
        <source>Split undone: %n card(s) as they were.</source>
        <translation>
            <numerusform>Split undone: %n card as they were.</numerusform>
            <numerusform>Split undone: %n cards as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/preferences_page.py" line="80" />
        <source>%n per page</source>
        <translation>
            <numerusform>%n per page</numerusform>
            <numerusform>%n per page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/preview_page.py" line="364" />
        <source>You fixed %n row(s) by hand. Close the import and throw the fixes away?</source>
        <translation>
            <numerusform>You fixed %n row by hand. Close the import and throw the fixes away?</numerusform>
            <numerusform>You fixed %n rows by hand. Close the import and throw the fixes away?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="78" />
        <source>{0} (%n client(s))</source>
        <translation>
            <numerusform>{0} (%n client)</numerusform>
            <numerusform>{0} (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/queues_page.py" line="139" />
        <source>Delete the queue “{0}”? Its %n client(s) stay and are seen by everybody.</source>
        <translation>
            <numerusform>Delete the queue “{0}”? Its %n client stay and are seen by everybody.</numerusform>
            <numerusform>Delete the queue “{0}”? Its %n clients stay and are seen by everybody.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="146" />
        <source>%n group(s) of duplicates found.</source>
        <translation>
            <numerusform>%n group of duplicates found.</numerusform>
            <numerusform>%n groups of duplicates found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="147" />
        <location filename="../../desktop_crm/ui/control/results_page.py" line="181" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/control/results_page.py" line="178" />
        <source>%n doubtful record(s) left for the tasks.</source>
        <translation>
            <numerusform>%n doubtful record left for the tasks.</numerusform>
            <numerusform>%n doubtful records left for the tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/settings_menu/tags_page.py" line="94" />
        <source>Delete the tag “{0}”? It comes off %n client(s).</source>
        <translation>
            <numerusform>Delete the tag “{0}”? It comes off %n client.</numerusform>
            <numerusform>Delete the tag “{0}”? It comes off %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListTab</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="108" />
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform>
            <numerusform>%Ln open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/list_tab.py" line="110" />
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln overdue</numerusform>
            <numerusform>, %Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/task_tab.py" line="140" />
        <source>{0} of %Ln item(s) done</source>
        <translation>
            <numerusform>{0} of %Ln item done</numerusform>
            <numerusform>{0} of %Ln items done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksFeature</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/tasks/__init__.py" line="98" />
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform>
            <numerusform>%Ln open tasks</numerusform>
        </translation>
    </message>
</context>
</TS>