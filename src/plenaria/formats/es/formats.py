"""Spanish: Django's own formats fit ("6 de septiembre de 2021", 14:30, 1 234,5); the date and
time are joined by a comma, as in the other languages, rather than by "a las"."""

DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i"
