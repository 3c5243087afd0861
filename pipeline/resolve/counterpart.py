"""Who each relations row is about, from the evidence in the row, or nobody and why.

The rendering dropped the flag template that named the country of most rows, so the
counterpart is recovered from what the row still says. Evidence comes in tiers, strongest
first; the strongest tier that has any evidence decides, and only when all of its evidence
names the same country. Anything else leaves the counterpart empty with the candidates listed:
a wrong country is far worse than none.

1. `country-cell`      the first cell names it ("Hungary")
2. `see-relations`     "See Azerbaijan–Djibouti relations", "See Foreign relations of Togo"
3. `sentence-subject`  a sentence about the subject opens with it ("Mexico has an embassy in
                       Baku", "Canada is accredited to Azerbaijan from its embassy in Ankara")
   `subject-sentence`  a sentence opening with the subject names it as the object
                       ("Azerbaijan is represented in Nicaragua through its embassy in Havana")
   `relations-between` "Relations between Kenya and Ethiopia ..."
4. `subject-mission-city`  the subject's mission is in one of its cities ("... embassy in Lima")
5. `sole-mention`      it is the only country the row's text names (third countries in
                       "embassy in Ankara, Turkey" or "after Turkey" do not count)
6. `footnote`          the only country the row's footnotes name, in any language
   `footnote-region`   the only one of several that lies in the section's continent
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.missions import ENT, LEADING, MISSION, MissionClaim, claims_of, mask
from pipeline.extract.relations import RelationRow, country_cell_name
from pipeline.extract.sentences import LocatedSentence, row_sentences
from pipeline.model import Layout
from pipeline.resolve.entities import Mention, spotter
from pipeline.resolve.foreign import foreign_names
from pipeline.resolve.gazetteer import gazetteer
from pipeline.resolve.organizations import registry

SEE = re.compile(
    r"^[\s|:*]*(?:see(?:\s+also)?|main\s+articles?|further\s+information|further)\s*:?\s+",
    re.I,
)
FOREIGN_RELATIONS_OF = re.compile(rf"foreign relations of\s+(?:the\s+)?{ENT}", re.I)
COUNTRYLIKE = ("COUNTRY", "DEMONYM", "PREFIX")
# masked text right before a mention that makes it a third country, not the counterpart
THIRD_COUNTRY = re.compile(
    rf"(?:⟪(?P<city>\d+)⟫\s*(?:,|\(|, in)\s*"
    rf"|(?-i:(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*))\s*(?:,|\()\s*"
    rf"|\b(?:from|through|via|by|with)\s+(?:its|an?|the|their)?\s*{MISSION}\s+"
    rf"(?:in|at|based in)\s+(?:the\s+)?"
    rf"|\b(?:after|before|than|like|including|such as)\s+(?:the\s+)?"
    rf"|\bambassador\s+(?:to|in)\s+(?:the\s+)?)$",
    re.I,
)
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
INITIAL = re.compile(rf"^\s*{LEADING}(?:also,?\s+)?(?:the\s+)?{ENT}", re.I)


@dataclass(frozen=True, slots=True)
class Evidence:
    tier: int
    method: str
    code: str | None = None
    org: str | None = None
    entity: str | None = None
    candidates: frozenset[str] = frozenset()
    text: str = ""


def resolve_counterparts(rows: list[RelationRow], layout: Layout) -> None:
    """Fill each row's counterpart fields (and keep its sentences and mission claims)."""
    subject = layout.document.subject_iso3
    for row in rows:
        skip = () if row.entity_column is None else (row.entity_column,)
        row.sentences = row_sentences(row.row, skip=skip)
        row.sentence_claims = [claims_of(s) for s in row.sentences]
        row.claims = [c for claims in row.sentence_claims for c in claims]
        decide(row, row_evidence(row, layout, subject))


def row_evidence(row: RelationRow, layout: Layout, subject: str | None) -> list[Evidence]:
    evidence: list[Evidence] = []
    evidence.extend(_cell_evidence(row))
    if row.table_kind == "multilateral":
        evidence.extend(_organization_evidence(row))
    for sentence, claims in zip(row.sentences, row.sentence_claims, strict=True):
        if SEE.match(sentence.text):
            evidence.extend(_see_evidence(sentence, subject))
        else:
            evidence.extend(_sentence_evidence(sentence, claims, subject))
    evidence.extend(_city_evidence(row.claims, subject))
    evidence.extend(_sole_mention(row.sentences, subject))
    evidence.extend(_footnote_evidence(row, layout, subject))
    return evidence


# -- tier 1 ------------------------------------------------------------------------------------
def _cell_evidence(row: RelationRow) -> list[Evidence]:
    name = country_cell_name(row.country_text)
    if not name:
        return []
    method = "list-item" if row.table_kind == "no-relations-list" else "country-cell"
    g = gazetteer()
    codes = g.country(name)
    if len(codes) == 1:
        return [Evidence(1, method, code=next(iter(codes)), text=name)]
    if len(codes) > 1:
        return [Evidence(1, method, candidates=codes, text=name)]
    org = registry().lookup(name)
    if org is not None:
        return [Evidence(1, method, org=org.org_id, text=name)]
    entity = g.non_country(name)
    if entity is not None:
        return [Evidence(1, method, entity=entity.name, text=name)]
    mentions = [m for m in spotter().mentions(name) if m.label in COUNTRYLIKE and m.code]
    if len({m.code for m in mentions}) == 1 and len(name.split()) <= 6:
        return [Evidence(1, method, code=mentions[0].code, text=name)]
    return []


def _organization_evidence(row: RelationRow) -> list[Evidence]:
    """In a table of organizations, the first organization the notes name is the row's."""
    for sentence in row.sentences:
        orgs = [m for m in sentence.mentions if m.label == "ORG" and m.code]
        if orgs:
            return [
                Evidence(2, "organization-mention", org=orgs[0].code, text=sentence.text.strip())
            ]
    return []


# -- tier 2 ------------------------------------------------------------------------------------
def _see_evidence(sentence: LocatedSentence, subject: str | None) -> list[Evidence]:
    masked = mask(sentence)
    body = SEE.sub("", masked, count=1)
    text = sentence.text.strip()
    mentions = sentence.mentions
    out: list[Evidence] = []
    for m in FOREIGN_RELATIONS_OF.finditer(body):
        mention = mentions[int(m.group(1))]
        if mention.label == "COUNTRY" and mention.code and mention.code != subject:
            out.append(Evidence(2, "see-relations", code=mention.code, text=text))
        elif mention.label == "NONCOUNTRY" and mention.code in POLITIES:
            out.append(Evidence(2, "see-relations", entity=mention.text, text=text))
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
            out.append(Evidence(2, "see-relations", code=next(iter(others)), text=text))
        elif not others and len(orgs) == 1:
            out.append(Evidence(2, "see-relations", org=orgs[0].code, text=text))
        elif not others and entities:
            out.append(Evidence(2, "see-relations", entity=entities[0].text, text=text))
        elif not others and ambiguous:
            out.append(Evidence(2, "see-relations", candidates=ambiguous[0].codes, text=text))
    return out


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


def _third_country(masked: str, mentions: tuple[Mention, ...], start: int) -> bool:
    """Is the mention at `start` a third state: the country of a covering mission's city
    ("Ankara, Turkey"), a comparison ("after Turkey"), an ambassador's posting? A country
    after another country ("Saudi Arabia, Turkey") is a list, not a place."""
    m = THIRD_COUNTRY.search(masked[:start])
    if m is None:
        return False
    if m.group("city") is not None:
        return mentions[int(m.group("city"))].label == "CITY"
    if m.group("place") is not None:
        return bool(gazetteer().city(m.group("place")))
    return True


# -- tier 3 ------------------------------------------------------------------------------------
def _sentence_evidence(
    sentence: LocatedSentence, claims: list[MissionClaim], subject: str | None
) -> list[Evidence]:
    masked = mask(sentence)
    mentions = sentence.mentions
    text = sentence.text.strip()
    out: list[Evidence] = []
    rb = RELATIONS_BETWEEN.search(masked)
    if rb:
        pair = [mentions[int(i)] for i in rb.groups() if i is not None]
        codes = {m.code for m in pair if m.label in COUNTRYLIKE and m.code}
        if subject in codes and len(codes) == 2:
            out.append(
                Evidence(3, "relations-between", code=next(iter(codes - {subject})), text=text)
            )
    initial = INITIAL.match(masked)
    if not initial:
        return out
    first = mentions[int(initial.group(1))]
    if first.label not in COUNTRYLIKE or not first.code:
        return out
    if first.label == "DEMONYM" and not re.match(rf"\s*{MISSION}", masked[initial.end() :], re.I):
        return out  # "Greek Cypriots ..." is not "the Greek embassy"
    if first.code != subject:
        if _involves(sentence, claims, subject, skip=int(initial.group(1))):
            out.append(Evidence(3, "sentence-subject", code=first.code, text=text))
        return out
    target = _object_of_subject(masked, mentions, subject, after=initial.end())
    if target is not None:
        out.append(replace(target, text=text))
    return out


def _involves(
    sentence: LocatedSentence, claims: list[MissionClaim], subject: str | None, skip: int
) -> bool:
    """Does the sentence name the subject (or one of its cities) besides its opening state?"""
    if subject is None:
        return False
    for i, m in enumerate(sentence.mentions):
        if i != skip and m.code == subject and m.label in ("COUNTRY", "DEMONYM", "CITY", "PREFIX"):
            return True
    return any(c.city_country == subject or c.host == subject for c in claims)


def _object_of_subject(
    masked: str, mentions: tuple[Mention, ...], subject: str | None, after: int
) -> Evidence | None:
    """The state a subject-first sentence acts on: accredited/represented to X, else the first."""
    preferred = PREFERRED_OBJECT.search(masked, after)
    indexes = [int(preferred.group(1))] if preferred else []
    indexes += [int(m.group(1)) for m in re.finditer(ENT, masked[after:])]
    coordinated = re.match(rf"^\s*(?:the\s+)?{ENT}\s+and\s+(?:the\s+)?{ENT}", masked, re.I)
    for i in indexes:
        m = mentions[i]
        start = masked.index(f"⟪{i}⟫")
        end = start + len(f"⟪{i}⟫")
        if (
            _third_country(masked, mentions, start)
            or COMPOUND.match(masked[end:])
            or (masked[:start].endswith("-"))
        ):
            continue  # "Indo-US", "US-led": an adjective, not the state acted upon
        if coordinated and int(coordinated.group(2)) == i:
            continue  # "France and Germany decided ...": a co-subject
        if m.label == "COUNTRY" and m.code and m.code != subject:
            return Evidence(3, "subject-sentence", code=m.code)
        if m.label == "AMBIGUOUS":
            return Evidence(3, "subject-sentence", candidates=m.codes)
    return None


# -- tier 4 ------------------------------------------------------------------------------------
def _city_evidence(claims: list[MissionClaim], subject: str | None) -> list[Evidence]:
    out = []
    for c in claims:
        if c.sender != subject or c.host is not None or c.via is not None:
            continue
        if c.city_country and c.city_country != subject:
            out.append(
                Evidence(4, "subject-mission-city", code=c.city_country, text=c.text.strip())
            )
    return out


# -- tier 5 ------------------------------------------------------------------------------------
def _sole_mention(sentences: list[LocatedSentence], subject: str | None) -> list[Evidence]:
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
        masked = mask(sentence)
        for i, m in enumerate(sentence.mentions):
            if m.label == "NONCOUNTRY" and m.code in POLITIES:
                entities.add(m.text)
                living = living or m.code in LIVING_POLITIES
            if m.label not in ("COUNTRY", "CITY") or not m.code or m.code == subject:
                continue
            start = masked.index(f"⟪{i}⟫")
            if _third_country(masked, sentence.mentions, start):
                continue
            found = codes if m.label == "COUNTRY" else capitals
            found.setdefault(m.code, sentence.text.strip())
    # a capital stands for its state ("a visit to Bishkek") only where no state is named
    codes = codes or capitals
    if len(codes) == 1 and not living:
        code, text = next(iter(codes.items()))
        return [Evidence(5, "sole-mention", code=code, text=text)]
    if not codes and len(entities) == 1:
        return [
            Evidence(
                5,
                "sole-mention",
                entity=next(iter(entities)),
                text="the row names no state but this one without a code",
            )
        ]
    if len(codes) > 1:
        return [
            Evidence(
                5,
                "sole-mention",
                candidates=frozenset(codes),
                text="; ".join(sorted(set(codes.values()))),
            )
        ]
    return []


def _about_subject(sentence: LocatedSentence, subject: str | None) -> bool:
    if BOTH.search(sentence.text):
        return True
    return subject is not None and any(
        m.code == subject and m.label in ("COUNTRY", "DEMONYM", "CITY", "PREFIX")
        for m in sentence.mentions
    )


# -- tier 6 ------------------------------------------------------------------------------------
def _footnote_evidence(row: RelationRow, layout: Layout, subject: str | None) -> list[Evidence]:
    g = gazetteer()
    found: dict[str, str] = {}
    polities: list[Evidence] = []
    for ref in row.ref_ids:
        note = layout.footnotes.get(ref)
        if note is None or not note.text.strip():
            continue
        for m in spotter().mentions(note.text):
            if m.label == "COUNTRY" and m.code and m.code != subject:
                found.setdefault(m.code, f"[{ref}] {note.text}")
            elif m.label == "NONCOUNTRY" and m.code in LIVING_POLITIES:
                polities.append(Evidence(6, "footnote", entity=m.text, text=f"[{ref}] {note.text}"))
        for fm in foreign_names().mentions(note.text):
            if len(fm.codes) == 1:
                code = next(iter(fm.codes))
                if code != subject:
                    found.setdefault(code, f"[{ref}] {note.text}")
    if polities:
        return polities + [Evidence(6, "footnote", code=c, text=t) for c, t in found.items()]
    if not found:
        return []
    region = g.region_continents(row.region)
    if len(found) == 1:
        code, text = next(iter(found.items()))
        if region and not (g.continents(code) & region):
            return [
                Evidence(
                    6,
                    "footnote",
                    candidates=frozenset({code}),
                    text=f"{text} (outside the section's region {row.region!r})",
                )
            ]
        return [Evidence(6, "footnote", code=code, text=text)]
    inside = {c: t for c, t in found.items() if g.continents(c) & region}
    if region and len(inside) == 1:
        code, text = next(iter(inside.items()))
        return [
            Evidence(
                6, "footnote-region", code=code, text=f"{text} (only {code} lies in {row.region!r})"
            )
        ]
    return [
        Evidence(
            6, "footnote", candidates=frozenset(found), text="; ".join(sorted(set(found.values())))
        )
    ]


def _part_of(entity: str, codes: set[str]) -> bool:
    """Is the entity a region of one of the states ("Kurdistan Region" of Iraq)?"""
    found = gazetteer().non_country(entity)
    return found is not None and found.related_iso3 in codes


# -- decision ----------------------------------------------------------------------------------
def decide(row: RelationRow, evidence: list[Evidence]) -> None:
    g = gazetteer()
    if not evidence:
        row.counterpart_evidence = "no country named in the row or its footnotes"
        return
    tier = min(e.tier for e in evidence)
    top = [e for e in evidence if e.tier == tier]
    codes = {e.code for e in top if e.code}
    # a territory beside its own state ("Gibraltar" beside the United Kingdom): the state
    codes = {c for c in codes if g.sovereign(c) == c or g.sovereign(c) not in codes}
    top = [e for e in top if not e.code or e.code in codes]
    orgs = {e.org for e in top if e.org}
    entities = {e.entity for e in top if e.entity and not _part_of(e.entity, codes)}
    top = [e for e in top if not e.entity or e.entity in entities]
    undecided = [e for e in top if not (e.code or e.org or e.entity)]
    candidates = set().union(*(e.candidates for e in top)) | codes
    if len(codes) == 1 and not orgs and not entities and not undecided:
        code = next(iter(codes))
        best = top[0] if top[0].code == code else next(e for e in top if e.code == code)
        row.counterpart_iso3 = code
        row.counterpart_name = g.display_name(code)
        row.counterpart_kind = "country"
        row.counterpart_method = best.method
        row.counterpart_evidence = best.text
        return
    if not codes and len(orgs) == 1 and not entities and not undecided:
        org = registry().orgs[next(iter(orgs))]
        row.counterpart_org_id = org.org_id
        row.counterpart_name = org.name
        row.counterpart_kind = "organization"
        row.counterpart_method = top[0].method
        row.counterpart_evidence = top[0].text
        return
    if not codes and not orgs and len(entities) == 1 and not undecided:
        name = next(iter(entities))
        entity = g.non_country(name)
        kind = entity.kind if entity else "entity"
        row.counterpart_name = name
        row.counterpart_kind = "entity"
        row.counterpart_method = top[0].method
        row.counterpart_evidence = f"{top[0].text} ({name}: {kind}, no ISO 3166-1 code)"
        return
    row.counterpart_candidates = sorted(candidates)
    methods = ", ".join(sorted({e.method for e in top}))
    row.counterpart_evidence = (
        f"undecided ({methods}): " + " | ".join(sorted({e.text for e in top if e.text}))
    )[:1000]
