"""Which events this browser's visitor takes part in, without an account.

The registration app records it when a registrant opens their private link while admitted;
other apps (the programme's remote links) read it. Kept in the visit's session, so neither
app imports the other.
"""

SESSION_KEY = "admitted_events"


def remember_admitted(request, event_id: int, admitted: bool) -> None:
    events = set(request.session.get(SESSION_KEY, []))
    events = events | {event_id} if admitted else events - {event_id}
    request.session[SESSION_KEY] = sorted(events)


def is_admitted(request, event_id: int) -> bool:
    return event_id in request.session.get(SESSION_KEY, [])
