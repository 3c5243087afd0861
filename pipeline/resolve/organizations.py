"""The organization registry: acronyms, full names and aliases from `data/organizations.csv`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.resolve.gazetteer import fold, read_data


@dataclass(frozen=True, slots=True)
class Organization:
    org_id: str
    name: str
    aliases: tuple[str, ...]

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.org_id, self.name, *self.aliases)


class Registry:
    def __init__(self) -> None:
        self.orgs: dict[str, Organization] = {}
        self._by_form: dict[str, str] = {}
        for r in read_data("organizations.csv"):
            aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
            org = Organization(r["org_id"], r["name"], aliases)
            self.orgs[org.org_id] = org
        # full names first, so that an acronym never shadows another organization's name
        for org in self.orgs.values():
            for form in (org.name, *org.aliases):
                self._by_form.setdefault(fold(form), org.org_id)
        for org in self.orgs.values():
            self._by_form.setdefault(fold(org.org_id), org.org_id)
            self._by_form[org.org_id] = org.org_id  # exact acronym, case-sensitive

    def lookup(self, name: str) -> Organization | None:
        """The organization a name or acronym denotes; acronyms must match their case."""
        name = name.strip()
        if name.startswith("UN ") and name[3:4].isupper():
            found = self.lookup("United Nations " + name[3:])
            if found is not None:
                return found
        if name in self._by_form:
            return self.orgs[self._by_form[name]]
        key = fold(name.removeprefix("the ").removeprefix("The "))
        org_id = self._by_form.get(key)
        if org_id is None or (key == fold(org_id) and name != org_id and len(name) <= 6):
            return None  # "who" is not WHO
        return self.orgs[org_id]


@cache
def registry() -> Registry:
    return Registry()
