"""Demo data: realistic clients for trying the application and for the benchmarks (`desktop-crm
demo N`, File -> Load demo data). Not a use case, so it lives beside `services/`, not in it:
`names` holds the word lists, `rows` makes the rows, `fill` writes them in bulk."""
