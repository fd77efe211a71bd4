"""The readers of the import (IMP-1): `opening.open_source` picks the reader by the content;
`base` holds what every reader gives (`Source`, rows of cells)."""
