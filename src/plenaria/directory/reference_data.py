"""Load the countries, ITU regions and UN groupings from the data files in ``data/``.

Each file names its source and the date it describes in ``#`` lines at its top. The loader
is idempotent: run it again after a file changes and the tables follow the files.
"""

import csv
import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from django_countries import countries

DATA_DIR = Path(__file__).resolve().parent / "data"
MEMBER_STATES_FILE = DATA_DIR / "itu_member_states.csv"
GROUPINGS_FILE = DATA_DIR / "un_groupings.csv"

GROUPING_NAMES = {
    "LDC": {"en": "Least Developed Countries", "fr": "Pays les moins avancés"},
    "LLDC": {"en": "Landlocked Developing Countries", "fr": "Pays en développement sans littoral"},
    "SIDS": {
        "en": "Small Island Developing States",
        "fr": "Petits États insulaires en développement",
    },
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class DataFile:
    rows: list[dict]
    comments: list[str] = field(default_factory=list)


def read_data_file(path: Path) -> DataFile:
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line.lstrip("#").strip() for line in lines if line.startswith("#")]
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    return DataFile(rows=list(csv.DictReader(body)), comments=comments)


def provenance(comments: list[str], code: str) -> tuple[str, datetime.date | None]:
    """The ``CODE source:`` line of a list and the first date on its ``CODE as of:`` line."""
    source = next(
        (c.split(":", 1)[1].strip() for c in comments if c.startswith(f"{code} source:")), ""
    )
    as_of = next((c for c in comments if c.startswith(f"{code} as of:")), "")
    found = _DATE.search(as_of)
    return source[:500], datetime.date.fromisoformat(found.group()) if found else None


def load(country_model, grouping_model) -> dict[str, int]:
    """Bring the Country and Grouping tables in line with the data files."""
    members = {row["iso2"].strip().upper(): row for row in read_data_file(MEMBER_STATES_FILE).rows}
    groupings_file = read_data_file(GROUPINGS_FILE)
    existing = {str(c.code): c for c in country_model.objects.all()}
    to_create, to_update = [], []
    for code, _name in countries:
        row = members.get(code)
        values = {
            "itu_region": row["itu_region"].strip() if row else "",
            "is_itu_member_state": bool(row),
        }
        country = existing.get(code)
        if country is None:
            to_create.append(country_model(code=code, **values))
        elif any(getattr(country, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(country, key, value)
            to_update.append(country)
    country_model.objects.bulk_create(to_create)
    country_model.objects.bulk_update(to_update, ["itu_region", "is_itu_member_state"])

    counts = {"countries": len(countries), "member_states": len(members)}
    for code, name in GROUPING_NAMES.items():
        source, as_of = provenance(groupings_file.comments, code)
        grouping, _created = grouping_model.objects.update_or_create(
            code=code, defaults={"name": name, "source": source, "as_of": as_of}
        )
        listed = {
            row["iso2"].strip().upper()
            for row in groupings_file.rows
            if row["grouping"].strip() == code
        }
        grouping.countries.set(country_model.objects.filter(code__in=listed))
        counts[code] = len(listed)
    return counts
