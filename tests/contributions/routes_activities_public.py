"""The public pages of national activities: the calls, a call, an activity, a country, the
map's data and the iCalendar feed."""

PUBLIC = {
    "activities:calls",
    "activities:call",
    "activities:activity",
    "activities:country",
    "activities:map_data",
    "activities:ics",
}
ARGUMENTS = {"code": "RW"}
