"""The client card: the card widget, its field panel, its tabs (feed, files, deals, history,
people) and the parts they share."""
