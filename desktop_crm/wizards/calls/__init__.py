"""Call logs from phone systems into calls (issue #12 item 3, LNK-1): Asterisk's Master.csv,
FreePBX's CDR export, and any CSV or workbook whose columns are matched to call fields.
`importer.import_calls` stores them through `services.interactions.store`."""
