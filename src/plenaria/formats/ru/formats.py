"""Russian: the month in the genitive ("6 сентября 2021 г."), as Django writes it, but the hour
with two digits (09:45), like every other language here, so that times line up in a programme."""

TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y г., H:i"
MONTH_DAY_FORMAT = "j E"
