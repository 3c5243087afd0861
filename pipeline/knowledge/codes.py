"""The codes other datasets join on: Correlates of War and Gleditsch-Ward state codes by ISO3.

COW codes come from `data/cow_codes.csv` (the COW State System Membership list, v2016): no
well-kept package with a licence compatible with this project's has them (country_converter
has none; countrycode's are GPL-3.0). Gleditsch-Ward codes are country_converter's `GWcode`,
with `data/gw_codes.csv` filling in former states and correcting the few it gets wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.knowledge.files import coco_rows, read_data


@dataclass(frozen=True)
class CountryCodes:
    """COW and GW state codes by ISO 3166-1 (or 3166-3, for former states) alpha-3 code."""

    cow: dict[str, int]
    gw: dict[str, int]

    @classmethod
    def from_data(cls) -> CountryCodes:
        cow = {r["iso3"]: int(r["cow_code"]) for r in read_data("cow_codes.csv") if r["iso3"]}
        gw = {r["ISO3"]: int(r["GWcode"]) for r in coco_rows() if r["GWcode"].strip()}
        gw.update({r["iso3"]: int(r["gw_code"]) for r in read_data("gw_codes.csv")})
        return cls(cow, gw)

    def cow_of(self, iso3: object) -> int | None:
        return self.cow.get(iso3) if isinstance(iso3, str) else None

    def gw_of(self, iso3: object) -> int | None:
        return self.gw.get(iso3) if isinstance(iso3, str) else None
