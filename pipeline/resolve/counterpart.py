"""Who each relations row is about, from the evidence in the row, or nobody and why.

The rendering dropped the flag template that named the country of most rows, so the
counterpart is recovered from what the row still says. Each kind of evidence is a named rule of
the `counterpart` family in `schemas.rules`, ranked strongest first; the strongest rank that has
any evidence decides, and only when all of its evidence names the same country. Anything else
leaves the counterpart empty with the candidates listed: a wrong country is far worse than none.

    country-cell          the first cell names it ("Hungary")
    see-relations         "See Azerbaijan–Djibouti relations", "See Foreign relations of Togo"
    sentence-subject      a sentence about the subject opens with it ("Mexico has an embassy in
                          Baku", "Canada is accredited to Azerbaijan from its embassy in Ankara")
    subject-sentence      a sentence opening with the subject names it as the object
                          ("Azerbaijan is represented in Nicaragua through its embassy in Havana")
    relations-between     "Relations between Kenya and Ethiopia ..."
    subject-mission-city  the subject's mission is in one of its cities ("... embassy in Lima")
    sole-mention          it is the only country the row's text names (third countries in
                          "embassy in Ankara, Turkey" or "after Turkey" do not count)
    footnote              the only country the row's footnotes name, in any language
    footnote-region       the only one of several that lies in the section's continent
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from pipeline.analysis.document import FootnoteNames
from pipeline.analysis.entities import Mention
from pipeline.analysis.text import ENT, Sentence
from pipeline.extract.grammar import Grammar
from pipeline.extract.missions import MissionClaim
from pipeline.extract.relations import RelationRow
from pipeline.knowledge import Knowledge
from pipeline.knowledge.vocabulary import CASE_TWINS
from pipeline.rules.missions import COVERING_STATUSES, SUBJECT_MISSION_RULES
from schemas.rules import rank

SEE = re.compile(
    r"^[\s|:*]*(?:see(?:\s+also)?|main\s+articles?|further\s+information|further)\s*:?\s+",
    re.I,
)
FOREIGN_RELATIONS_OF = re.compile(rf"foreign relations of\s+(?:the\s+)?{ENT}", re.I)
COUNTRYLIKE = ("COUNTRY", "DEMONYM", "PREFIX")
RELATIONS_BETWEEN = re.compile(
    rf"(?:\brelations?\s+between\s+(?:the\s+)?{ENT}\s+and\s+(?:the\s+)?{ENT}"
    rf"|^\s*(?:the\s+)?{ENT}\s+and\s+(?:the\s+)?{ENT}\s+(?:have|had|has|established|"
    rf"signed|do|did|are|were|share|maintain|restored|resumed|agreed|enjoy))",
    re.I,
)
PREFERRED_OBJECT = re.compile(
    rf"\b(?:accredited|represented)\s+(?:consularly\s+)?(?:to|in|at)\s+(?:the\s+)?{ENT}", re.I
)
BOTH = re.compile(
    r"\b(?:both|the two|the) (?:countries|states|nations|governments|sides)\b|\bbilateral\b",
    re.I,
)
#: kinds of non-country entities that are parties to relations (not places or media)
POLITIES = frozenset({"disputed-territory", "sovereign-entity", "former-state"})
#: polities of today: one named beside a country leaves a row undecided
LIVING_POLITIES = frozenset({"disputed-territory", "sovereign-entity"})
COMPOUND = re.compile(r"^-(?:[a-z]|⟪)")
#: what a sentence may say before the state it opens with, when that state is evidence for the
#: row: a short time or place phrase without names ("Since 1994, Cyprus has ..."); a phrase that
#: names states ("During the 2017 Qatar crisis, ...") leaves the sentence's subject unsure
STRICT_LEAD = r"(?:(?:since|in|on|as of|from|by|after|during|until)\s+[^,⟪]{1,40},\s*)?"
INITIAL = re.compile(rf"^\s*{STRICT_LEAD}(?:also,?\s+)?(?:the\s+)?{ENT}", re.I)
COVERING = COVERING_STATUSES
#: the words `CounterpartResolver.third_country` can end with, but for spaces (or "," or "(")
THIRD_COUNTRY_ENDS = ("in", "at", "the", "after", "before", "than", "like", "including", "as", "to")


@dataclass(frozen=True, slots=True)
class Evidence:
    method: str
    code: str | None = None
    org: str | None = None
    entity: str | None = None
    candidates: frozenset[str] = frozenset()
    text: str = ""

    @property
    def rank(self) -> int:
        return rank("counterpart", self.method)


@dataclass(frozen=True, slots=True)
class Counterpart:
    """The decision for one row."""

    iso3: str | None = None
    name: str | None = None
    org_id: str | None = None
    kind: str | None = None
    method: str | None = None
    evidence: str | None = None
    candidates: tuple[str, ...] = ()


class CounterpartResolver:
    def __init__(self, knowledge: Knowledge, grammar: Grammar) -> None:
        self.k = knowledge
        self.g = knowledge.gazetteer
        self.kind_words = grammar.kind_words
        self.kind_after = re.compile(rf"\s*(?:{self.kind_words})", re.I)
        self.third_country = re.compile(
            rf"(?:⟪(?P<city>\d+)⟫\s*(?:,|\(|, in)\s*"
            rf"|(?-i:(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*))\s*(?:,|\()\s*"
            rf"|\b(?:from|through|via|by|with)\s+(?:its|an?|the|their)?\s*(?:{self.kind_words})\s+"
            rf"(?:in|at|based in)\s+(?:the\s+)?"
            rf"|\b(?:after|before|than|like|including|such as)\s+(?:the\s+)?"
            rf"|\bambassador\s+(?:to|in)\s+(?:the\s+)?)$",
            re.I,
        )

    def resolve(
        self,
        row: RelationRow,
        claims: list[list[MissionClaim]],
        footnotes: Mapping[int, FootnoteNames],
        subject: str | None,
    ) -> Counterpart:
        """`claims`: the mission claims of each of the row's sentences."""
        return self.decide(self.evidence(row, claims, footnotes, subject))

    def evidence(
        self,
        row: RelationRow,
        claims: list[list[MissionClaim]],
        footnotes: Mapping[int, FootnoteNames],
        subject: str | None,
    ) -> list[Evidence]:
        found: list[Evidence] = []
        found.extend(self._cell(row))
        if row.table_kind == "multilateral":
            found.extend(self._organization(row))
        for sentence, own in zip(row.sentences, claims, strict=True):
            if SEE.match(sentence.text):
                found.extend(self._see(sentence, subject))
            else:
                found.extend(self._sentence(sentence, own, subject))
        found.extend(self._city([c for own in claims for c in own], subject))
        found.extend(self._sole_mention(list(row.sentences), subject))
        found.extend(self._footnotes(row, footnotes, subject))
        return found

    # -- country-cell / list-item -------------------------------------------------------------
    def _cell(self, row: RelationRow) -> list[Evidence]:
        name = row.country_name
        if not name:
            return []
        method = "list-item" if row.table_kind == "no-relations-list" else "country-cell"
        codes = self.g.country(name)
        if len(codes) == 1:
            return [Evidence(method, code=next(iter(codes)), text=name)]
        if len(codes) > 1:
            return [Evidence(method, candidates=codes, text=name)]
        org = self.k.organizations.lookup(name)
        if org is not None:
            return [Evidence(method, org=org.org_id, text=name)]
        entity = self.g.non_country(name)
        if entity is not None:
            return [Evidence(method, entity=entity.name, text=name)]
        mentions = [m for m in row.name_mentions if m.label in COUNTRYLIKE and m.code]
        if len({m.code for m in mentions}) == 1 and len(name.split()) <= 6:
            return [Evidence(method, code=mentions[0].code, text=name)]
        return []

    def _organization(self, row: RelationRow) -> list[Evidence]:
        """In a table of organizations, the first organization the notes name is the row's."""
        for sentence in row.sentences:
            orgs = [m for m in sentence.mentions if m.label == "ORG" and m.code]
            if orgs:
                return [Evidence("organization-mention", org=orgs[0].code, text=sentence.evidence)]
        return []

    # -- see-relations -------------------------------------------------------------------------
    def _see(self, sentence: Sentence, subject: str | None) -> list[Evidence]:
        body = SEE.sub("", sentence.masked, count=1)
        text = sentence.text.strip()
        mentions = sentence.mentions
        out: list[Evidence] = []
        for m in FOREIGN_RELATIONS_OF.finditer(body):
            mention = mentions[int(m.group(1))]
            if mention.label == "COUNTRY" and mention.code and mention.code != subject:
                out.append(Evidence("see-relations", code=mention.code, text=text))
            elif mention.label == "NONCOUNTRY" and mention.kind in POLITIES:
                out.append(Evidence("see-relations", entity=mention.text, text=text))
        if out:
            return out
        for part in _see_parts(body):
            used = [mentions[int(i)] for i in re.findall(ENT, part)]
            if not used:
                continue
            countries = {m.code for m in used if m.label in COUNTRYLIKE and m.code}
            others = countries - {subject}
            orgs = [m for m in used if m.label == "ORG"]
            entities = [m for m in used if m.label == "NONCOUNTRY"]
            ambiguous = [m for m in used if m.label == "AMBIGUOUS"]
            if subject not in countries and subject is not None:
                continue  # "See Sino-Soviet relations" in some third row: not about the subject
            if len(others) == 1 and not orgs and not entities:
                out.append(Evidence("see-relations", code=next(iter(others)), text=text))
            elif not others and len(orgs) == 1:
                out.append(Evidence("see-relations", org=orgs[0].code, text=text))
            elif not others and entities:
                out.append(Evidence("see-relations", entity=entities[0].text, text=text))
            elif not others and ambiguous:
                out.append(Evidence("see-relations", candidates=ambiguous[0].codes, text=text))
        return out

    def _third_country(self, masked: str, mentions: tuple[Mention, ...], start: int) -> bool:
        """Is the mention at `start` a third state: the country of a covering mission's city
        ("Ankara, Turkey"), a comparison ("after Turkey"), an ambassador's posting? A country
        after another country ("Saudi Arabia, Turkey") is a list, not a place."""
        before = masked[:start]
        if not _may_end_third_country(before):
            return False
        m = self.third_country.search(before)
        if m is None:
            return False
        if m.group("city") is not None:
            return mentions[int(m.group("city"))].label == "CITY"
        if m.group("place") is not None:
            return bool(self.g.city(m.group("place")))
        return True

    # -- sentence-subject / subject-sentence / relations-between -----------------------------
    def _sentence(
        self, sentence: Sentence, claims: list[MissionClaim], subject: str | None
    ) -> list[Evidence]:
        masked = sentence.masked
        mentions = sentence.mentions
        text = sentence.text.strip()
        out: list[Evidence] = []
        rb = RELATIONS_BETWEEN.search(masked)
        if rb:
            pair = [mentions[int(i)] for i in rb.groups() if i is not None]
            codes = {m.code for m in pair if m.label in COUNTRYLIKE and m.code}
            if subject in codes and len(codes) == 2:
                out.append(
                    Evidence("relations-between", code=next(iter(codes - {subject})), text=text)
                )
        initial = INITIAL.match(masked)
        if not initial:
            return out
        first = mentions[int(initial.group(1))]
        if first.label not in COUNTRYLIKE or not first.code:
            return out
        if first.label == "DEMONYM" and not self.kind_after.match(masked[initial.end() :]):
            return out  # "Greek Cypriots ..." is not "the Greek embassy"
        if first.code != subject:
            if self._involves(sentence, claims, subject, skip=int(initial.group(1))):
                out.append(Evidence("sentence-subject", code=first.code, text=text))
            return out
        target = self._object_of_subject(masked, mentions, subject, after=initial.end())
        if target is not None:
            out.append(replace(target, text=text))
        return out

    def _involves(
        self, sentence: Sentence, claims: list[MissionClaim], subject: str | None, skip: int
    ) -> bool:
        """Does the sentence name the subject (or one of its cities) besides its opening state?"""
        if subject is None:
            return False
        for i, m in enumerate(sentence.mentions):
            if (
                i != skip
                and m.code == subject
                and m.label in ("COUNTRY", "DEMONYM", "CITY", "PREFIX")
            ):
                return True
        return any(c.host == subject or self._place_country(c) == subject for c in claims)

    def _object_of_subject(
        self, masked: str, mentions: tuple[Mention, ...], subject: str | None, after: int
    ) -> Evidence | None:
        """The state a subject-first sentence acts on: accredited/represented to X, else the
        first."""
        preferred = PREFERRED_OBJECT.search(masked, after)
        indexes = [int(preferred.group(1))] if preferred else []
        indexes += [int(m.group(1)) for m in re.finditer(ENT, masked[after:])]
        coordinated = re.match(rf"^\s*(?:the\s+)?{ENT}\s+and\s+(?:the\s+)?{ENT}", masked, re.I)
        for i in indexes:
            m = mentions[i]
            start = masked.index(f"⟪{i}⟫")
            end = start + len(f"⟪{i}⟫")
            if (
                self._third_country(masked, mentions, start)
                or COMPOUND.match(masked[end:])
                or masked[:start].endswith("-")
            ):
                continue  # "Indo-US", "US-led": an adjective, not the state acted upon
            if coordinated and int(coordinated.group(2)) == i:
                continue  # "France and Germany decided ...": a co-subject
            if m.label == "COUNTRY" and m.code and m.code != subject:
                return Evidence("subject-sentence", code=m.code)
            if m.label == "AMBIGUOUS":
                return Evidence("subject-sentence", candidates=m.codes)
        return None

    # -- subject-mission-city ------------------------------------------------------------------
    def _place_country(self, claim: MissionClaim) -> str | None:
        place = claim.place
        if place is None:
            return None
        if place.country:
            return place.country
        return next(iter(place.city_countries)) if len(place.city_countries) == 1 else None

    def _city(self, claims: list[MissionClaim], subject: str | None) -> list[Evidence]:
        out = []
        for c in claims:
            if c.sender != subject or c.host is not None or c.status in COVERING:
                continue
            if c.rule not in SUBJECT_MISSION_RULES:
                continue
            country = self._place_country(c)
            if country and country != subject:
                out.append(Evidence("subject-mission-city", code=country, text=c.text))
        return out

    # -- sole-mention --------------------------------------------------------------------------
    def _sole_mention(self, sentences: list[Sentence], subject: str | None) -> list[Evidence]:
        """The one country named in the row's sentences about the subject, if there is one.

        Only sentences that also name the subject (or "both countries") count: "Recognised by
        Turkey." in a row about an unrecognised state says nothing about the subject's partner.
        A state without a code named there ("SMOM") makes the row undecided.
        """
        codes: dict[str, str] = {}
        capitals: dict[str, str] = {}
        entities: set[str] = set()
        living = False
        for sentence in sentences:
            if SEE.match(sentence.text) or not _about_subject(sentence, subject):
                continue
            masked = sentence.masked
            for i, m in enumerate(sentence.mentions):
                if m.label == "NONCOUNTRY" and m.kind in POLITIES:
                    entities.add(m.text)
                    living = living or m.kind in LIVING_POLITIES
                if m.label not in ("COUNTRY", "CITY") or not m.code or m.code == subject:
                    continue
                start = masked.index(f"⟪{i}⟫")
                if self._third_country(masked, sentence.mentions, start):
                    continue
                found = codes if m.label == "COUNTRY" else capitals
                found.setdefault(m.code, sentence.text.strip())
        # a capital stands for its state ("a visit to Bishkek") only where no state is named
        codes = codes or capitals
        if len(codes) == 1 and not living:
            code, text = next(iter(codes.items()))
            return [Evidence("sole-mention", code=code, text=text)]
        if not codes and len(entities) == 1:
            return [
                Evidence(
                    "sole-mention",
                    entity=next(iter(entities)),
                    text="the row names no state but this one without a code",
                )
            ]
        if len(codes) > 1:
            return [
                Evidence(
                    "sole-mention",
                    candidates=frozenset(codes),
                    text="; ".join(sorted(set(codes.values()))),
                )
            ]
        return []

    # -- footnote / footnote-region --------------------------------------------------------------
    def _footnotes(
        self, row: RelationRow, footnotes: Mapping[int, FootnoteNames], subject: str | None
    ) -> list[Evidence]:
        found: dict[str, str] = {}
        polities: list[Evidence] = []
        for ref in row.ref_ids:
            note = footnotes.get(ref)
            if note is None:
                continue
            for m in note.mentions:
                if m.label == "COUNTRY" and m.code and m.code != subject:
                    found.setdefault(m.code, f"[{ref}] {note.text}")
                elif m.label == "NONCOUNTRY" and m.kind in LIVING_POLITIES:
                    polities.append(
                        Evidence("footnote", entity=m.text, text=f"[{ref}] {note.text}")
                    )
            for fm in note.foreign:
                if len(fm.codes) == 1:
                    code = next(iter(fm.codes))
                    if code != subject:
                        found.setdefault(code, f"[{ref}] {note.text}")
        if polities:
            return polities + [Evidence("footnote", code=c, text=t) for c, t in found.items()]
        if not found:
            return []
        region = self.g.region_continents(row.region)
        if len(found) == 1:
            code, text = next(iter(found.items()))
            if region and not (self.g.continents(code) & region):
                return [
                    Evidence(
                        "footnote",
                        candidates=frozenset({code}),
                        text=f"{text} (outside the section's region {row.region!r})",
                    )
                ]
            return [Evidence("footnote", code=code, text=text)]
        inside = {c: t for c, t in found.items() if self.g.continents(c) & region}
        if region and len(inside) == 1:
            code, text = next(iter(inside.items()))
            return [
                Evidence(
                    "footnote-region",
                    code=code,
                    text=f"{text} (only {code} lies in {row.region!r})",
                )
            ]
        return [
            Evidence(
                "footnote", candidates=frozenset(found), text="; ".join(sorted(set(found.values())))
            )
        ]

    def _part_of(self, entity: str, codes: set[str]) -> bool:
        """Is the entity a region of one of the states ("Kurdistan Region" of Iraq)?"""
        found = self.g.non_country(entity)
        return found is not None and found.related_iso3 in codes

    # -- decision ------------------------------------------------------------------------------
    def decide(self, evidence: list[Evidence]) -> Counterpart:
        if not evidence:
            return Counterpart(evidence="no country named in the row or its footnotes")
        best = min(e.rank for e in evidence)
        top = [e for e in evidence if e.rank == best]
        codes = {e.code for e in top if e.code}
        # a territory beside its own state ("Gibraltar" beside the United Kingdom): the state
        codes = {c for c in codes if self.g.sovereign(c) == c or self.g.sovereign(c) not in codes}
        top = [e for e in top if not e.code or e.code in codes]
        orgs = {e.org for e in top if e.org}
        entities = {e.entity for e in top if e.entity and not self._part_of(e.entity, codes)}
        top = [e for e in top if not e.entity or e.entity in entities]
        undecided = [e for e in top if not (e.code or e.org or e.entity)]
        candidates = set().union(*(e.candidates for e in top)) | codes
        if len(codes) == 1 and not orgs and not entities and not undecided:
            code = next(iter(codes))
            chosen = next(e for e in top if e.code == code)
            return Counterpart(
                code, self.g.display_name(code), None, "country", chosen.method, chosen.text
            )
        if not codes and len(orgs) == 1 and not entities and not undecided:
            org = self.k.organizations.orgs[next(iter(orgs))]
            return Counterpart(
                None, org.name, org.org_id, "organization", top[0].method, top[0].text
            )
        if not codes and not orgs and len(entities) == 1 and not undecided:
            name = next(iter(entities))
            entity = self.g.non_country(name)
            kind = entity.kind if entity else "entity"
            return Counterpart(
                None,
                name,
                None,
                "entity",
                top[0].method,
                f"{top[0].text} ({name}: {kind}, no ISO 3166-1 code)",
            )
        methods = ", ".join(sorted({e.method for e in top}))
        return Counterpart(
            evidence=(
                f"undecided ({methods}): " + " | ".join(sorted({e.text for e in top if e.text}))
            )[:1000],
            candidates=tuple(sorted(candidates)),
        )


def _see_parts(body: str) -> list[str]:
    """The "A–B relations" titles a See line lists; the prose a run-on line continues with
    ("See Israel–Kazakhstan relations Notwithstanding its membership ...") is not one."""
    parts = re.split(r"\brelations?\b", body, flags=re.I)
    if len(parts) == 1:
        return [body] if _title_like(body) else []
    out = []
    for part in parts[:-1]:
        if not _title_like(part):
            break
        out.append(part)
    return out


def _title_like(part: str) -> bool:
    words = re.sub(ENT, " ", part)
    words = re.sub(
        r"\b(?:see|also|the|and|of|between|main|article|foreign)\b|[–—\-,;:/.'’]",
        " ",
        words,
        flags=re.I,
    )
    return len(words.split()) <= 2


def _about_subject(sentence: Sentence, subject: str | None) -> bool:
    if BOTH.search(sentence.text):
        return True
    return subject is not None and any(
        m.code == subject and m.label in ("COUNTRY", "DEMONYM", "CITY", "PREFIX")
        for m in sentence.mentions
    )


def _may_end_third_country(before: str) -> bool:
    """Can `third_country`, anchored at the end, match the text before a mention? Each of its
    forms ends, but for spaces, with "," or "(" or one of `THIRD_COUNTRY_ENDS` (in any case);
    most texts before a mention end otherwise, and are spared a search from every position.
    A tail holding a `CASE_TWINS` character ("ı" matches "i") is left to the pattern."""
    tail = before.rstrip()[-12:]
    if tail.endswith((",", "(")) or CASE_TWINS.search(tail) is not None:
        return True
    return tail.lower().endswith(THIRD_COUNTRY_ENDS)
