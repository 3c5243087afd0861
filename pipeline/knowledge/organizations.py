"""The organization registry: common acronyms, full names, kinds and aliases.

From `data/organizations.csv`. `org_id` is the identifier analysts use (WTO, CoE, the
Commonwealth); the CIA World Factbook's abbreviations, which the articles' participation lists
copy ("CE", "C", "WTrO"), are aliases. An alias that two organizations share names neither of
them unless it is one's own `org_id`: "WTO" is the World Trade Organization, not the World
Tourism Organization, unless a document defines it otherwise (see `Registry.lookup`'s caller).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pipeline.knowledge.files import fold, read_data


@dataclass(frozen=True, slots=True)
class Organization:
    org_id: str
    acronym: str | None
    name: str
    kind: str
    aliases: tuple[str, ...]
    factbook: str | None
    source: str

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.org_id, self.name, *self.aliases)))


class Registry:
    """Organizations by any of their names; built from rows of `organizations.csv`, and the
    acronyms that name more than one of them (`ambiguous_acronyms.csv`: each reading with the
    context that decides for it)."""

    def __init__(
        self, rows: list[dict[str, str]], ambiguous: list[dict[str, str]] | None = None
    ) -> None:
        #: an ambiguous acronym -> {org_id: the context that decides for that reading}
        self.ambiguous: dict[str, dict[str, str]] = defaultdict(dict)
        for r in ambiguous or ():
            self.ambiguous[r["acronym"].strip()][r["org_id"].strip()] = r["context"].strip()
        self.ambiguous = dict(self.ambiguous)
        self.orgs: dict[str, Organization] = {}
        for r in rows:
            aliases = tuple(a.strip() for a in r.get("aliases", "").split("|") if a.strip())
            acronym = (r.get("acronym") or "").strip() or None
            factbook = (r.get("factbook") or "").strip() or None
            extra = tuple(a for a in (acronym, factbook) if a and a not in aliases)
            org = Organization(
                r["org_id"],
                acronym,
                r["name"],
                r.get("kind") or "intergovernmental-organization",
                aliases + extra,
                factbook,
                r.get("source") or "",
            )
            self.orgs[org.org_id] = org
        owners: dict[str, set[str]] = defaultdict(set)
        exact: dict[str, set[str]] = defaultdict(set)
        for org in self.orgs.values():
            for form in org.surface_forms:
                owners[fold(form)].add(org.org_id)
                exact[form].add(org.org_id)
        self._by_form = {k: _owner(v, k, self.orgs) for k, v in owners.items()}
        self._by_exact = {k: _owner(v, k, self.orgs) for k, v in exact.items()}
        self._by_factbook: dict[str, Organization] | None = None

    @classmethod
    def from_data(cls) -> Registry:
        return cls(read_data("organizations.csv"), read_data("ambiguous_acronyms.csv"))

    def lookup(self, name: str) -> Organization | None:
        """The organization a name or acronym denotes; acronyms must match their case."""
        name = name.strip()
        if name in self.ambiguous:
            return None  # "IDB": which bank only its context says (`Analyzer`)
        if name.startswith("UN ") and name[3:4].isupper():
            found = self.lookup("United Nations " + name[3:])
            if found is not None:
                return found
        if name in self._by_exact:
            exact = self._by_exact[name]
            return self.orgs[exact] if exact else None
        key = fold(name.removeprefix("the ").removeprefix("The "))
        org_id = self._by_form.get(key)
        if not org_id:
            return None
        org = self.orgs[org_id]
        if len(name) <= 6 and key in {fold(a) for a in _acronyms(org)}:
            return None  # an acronym in the wrong case: "who" is not WHO
        return org

    def factbook_token(self, token: str) -> Organization | None:
        """The organization the Factbook writes `token` for in its participation lists (its
        `factbook` column, matched with its case): "IDB" is the Islamic Development Bank
        there, the Inter-American one in prose."""
        if self._by_factbook is None:
            self._by_factbook = {o.factbook: o for o in self.orgs.values() if o.factbook}
        return self._by_factbook.get(token.strip())

    def forms(self) -> list[tuple[str, str]]:
        """(surface form, org_id) for every unambiguous name, for the entity matcher (an
        ambiguous acronym is matched with all its readings: `Spotter`)."""
        out = []
        for org in self.orgs.values():
            for form in org.surface_forms:
                if self._by_exact.get(form) == org.org_id and form not in self.ambiguous:
                    out.append((form, org.org_id))
        return out


def _acronyms(org: Organization) -> list[str]:
    return [f for f in org.surface_forms if f.replace("-", "").isalnum() and not f.islower()]


def _owner(ids: set[str], form: str, orgs: dict[str, Organization]) -> str:
    """The one organization a form names: its only bearer, or the one whose id it is."""
    if len(ids) == 1:
        return next(iter(ids))
    own = [i for i in ids if fold(i) == fold(form)]
    return own[0] if len(own) == 1 else ""
