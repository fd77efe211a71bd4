"""Demo data: realistic clients for trying the application and for the benchmarks (`desktop-crm
demo N`, File -> Load demo data). Not a use case, so it lives beside `services/`, not in it.

`names` holds the word lists, `values` draws one name, company, address, phone or e-mail,
`rows` (clients, people, contact points) and `activity` (notes, deals, calls, e-mails, changes)
make a `batch` of rows, and `fill` writes batches in bulk.
"""
