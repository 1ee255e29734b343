"""Arabic as the organisation writes its Arabic documents: the Western digits 0-9, the day, the
month's name and the year ("6 سبتمبر 2021", no comma before the year), a 24-hour clock.

Django's Arabic formats write a 12-hour clock with AM/PM and a comma before the year, and have no
date-and-time format at all (the English "Sept. 6, 2021, 2:30 p.m." would show through).
Numbers keep Django's decimal comma; thousands are grouped by a non-breaking space rather than a
full stop, which a reader used to Western digits would take for a decimal point.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday, as at the organisation's seat
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # non-breaking space
NUMBER_GROUPING = 3
