"""French: Django's own formats fit ("6 septembre 2021", 14:30, 1 234,5); only the date and
time joined as a sentence reads them."""

DATETIME_FORMAT = r"j F Y, H:i"
