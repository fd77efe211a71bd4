"""Widgets shared by several features: date edit, client search, paged model, styles."""
