"""The client list: the table, its model and columns, filters, bulk actions, new client."""
