"""Team mode on PostgreSQL: every user a login role of the server (STO-5), grants by role."""
