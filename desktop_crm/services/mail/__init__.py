"""Mail files (issue #12 item 1): .eml and .mbox read message by message (`files`, `mbox`), each
turned into an `InteractionData` (`message`) with its body as text (`charsets`, `html_text`),
and stored and linked in one transaction (`importer`)."""
