"""Mail accounts of this desktop and fetching their messages over IMAP (issue #12 item 2)."""
