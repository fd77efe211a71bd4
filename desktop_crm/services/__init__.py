"""Qt-free use cases. Each takes a SQLAlchemy Session; the caller owns the transaction."""
