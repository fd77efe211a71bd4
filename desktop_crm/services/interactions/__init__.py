"""Calls and emails brought in from mail files, IMAP and call logs (LNK-1): `store` writes them
once each (by external id) with their normalized parties; `linked` hands the new ones to the
linking job."""
