"""Chinese (simplified): Django's dates fit ("2021年9月6日", 14:30), but it groups numbers by ten
thousand with no separator (12345678); Chinese documents group by thousands with a comma
(12,345,678), and a month and day read "9月6日", not "09月6日"."""

MONTH_DAY_FORMAT = "n月j日"
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
