"""Who speaks: the programme's speakers of an event, each counted once overall and once per
session type they speak in, with the high-level segment apart."""

from plenaria.programme.choices import Gender
from plenaria.programme.models import SessionSpeaker


def speakers(event) -> dict:
    rows = (
        SessionSpeaker.objects.filter(session__event=event)
        .order_by()
        .values_list(
            "speaker_id",
            "speaker__gender",
            "session__type__code",
            "session__type__is_high_level",
            "speaker__country__itu_region",
        )
        .distinct()
    )
    seen: dict[int, bool] = {}
    by_type: dict[str, dict] = {}
    high_level: dict[int, bool] = {}
    by_region: dict[str, dict[int, bool]] = {}
    for speaker, gender, type_code, is_high, region in rows:
        woman = gender == Gender.WOMAN
        seen[speaker] = woman
        by_type.setdefault(type_code, {})[speaker] = woman
        by_region.setdefault(region or "", {})[speaker] = woman
        if is_high:
            high_level[speaker] = woman
    return {
        "overall": _count(seen),
        "high_level": _count(high_level),
        "by_type": {code: _count(found) for code, found in by_type.items()},
        "by_region": {code: _count(found) for code, found in by_region.items()},
    }


def _count(found: dict[int, bool]) -> dict[str, int]:
    return {"n": len(found), "women": sum(found.values())}
