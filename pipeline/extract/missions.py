"""`missions`: embassies, consulates and accreditations stated in sentences.

A sentence is read with its entity mentions masked (`⟪3⟫` stands for mention 3), so that the
patterns below speak of "a country", "a city", "a demonym" rather than of names:

    ⟪Azerbaijan⟫ has an embassy in ⟪Washington, DC⟫ and has a consulate-general in Los Angeles
    ⟪Uruguay⟫ is accredited to ⟪Azerbaijan⟫ from its embassy in ⟪Tehran⟫, ⟪Iran⟫
    The ⟪Greek⟫ embassy in ⟪Baku⟫ was opened in the spring of 1993

A claim keeps what the sentence itself says; a host or sender the sentence leaves implicit
("Azerbaijan has a non-resident embassy in London", in the Sweden row) is filled in from the
row's counterpart by `missions_of_row`, once the counterpart is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.dates import DATE_PHRASE, parse_date
from pipeline.extract.sentences import LocatedSentence
from pipeline.resolve.entities import Mention, clean
from pipeline.resolve.gazetteer import gazetteer

ENT = r"⟪(\d+)⟫"
_KINDS: tuple[tuple[str, str], ...] = (
    (r"non[- ]resident embass(?:y|ies)", "non-resident-embassy"),
    (r"embassy[- ]office", "embassy-office"),
    (r"honorary consul(?:ates?)?[- ]general", "honorary-consulate"),
    (r"honorary consul(?:ates?|s)?", "honorary-consulate"),
    (r"honorary(?= (?:in|at)\b)", "honorary-consulate"),
    (r"consul(?:ates?|s)?[- ]general|general consulates?|consulates? general", "consulate-general"),
    (r"consulates?", "consulate"),
    (r"high commissions?", "embassy"),
    (r"embass(?:y|ies)", "embassy"),
    (
        r"(?:economic|trade|commercial|economic and trade|economic and cultural)"
        r"(?: and cultural)? (?:office|representation|mission)s?",
        "economic-office",
    ),
    (
        r"(?:representative|liaison|diplomatic|permanent) (?:office|mission)s?"
        r"|interests sections?|representations?|diplomatic missions?",
        "other",
    ),
)
MISSION = "(?P<kind>" + "|".join(f"(?:{p})" for p, _ in _KINDS) + ")"
_KIND_RES = [(re.compile(f"^(?:{p.split('(?=')[0]})$", re.I), k) for p, k in _KINDS]

CAPWORD = r"[A-Z][\w'’.\-]*"
LINK = r"(?:de|del|da|do|dos|das|es|el|al|la|le|of|upon|am|sur|an|on)"
PLACE = (
    rf"(?:the city of |the )?(?:{ENT}|(?P<name>{CAPWORD}(?:[ -](?:{CAPWORD}|{LINK}(?= [A-Z])))*))"
    rf"(?:\s*(?:,\s*\(|,|\(|, in)\s*{ENT}\)?)?"
)
PLACE_RE = re.compile(PLACE)
NEGATION = re.compile(
    r"\b(?:does not|doesn't|do not|don't|has no|have no|is not|are not|not yet|no longer|"
    r"never|without|nor|lacks?)\b",
    re.I,
)
PLANNED = re.compile(
    r"\b(?:will (?:soon )?(?:open|establish)|plans? to open|planned to open|intends? to open|"
    r"is (?:going|set|due) to open|announced (?:that it will|plans to) open|to be opened|"
    r"is to open|agreed to open|decided to open)\b",
    re.I,
)
OPENED = re.compile(r"\b(?:opened|re-?opened|established|inaugurated|set up|since)\b", re.I)
DATE = rf"(?P<date>{DATE_PHRASE.pattern})"
DATE_AFTER = re.compile(rf"\b(?:since|in|on|from|as of|opened on|opened in)\s+{DATE}", re.I)
BETWEEN = re.compile(rf"\b(?:between\s+\d{{4}}\s+and|until)\s+{DATE}", re.I)

ACCREDITED = re.compile(
    r"^.*?\b(?:is|are|was|were|has been)\s+(?:also\s+|currently\s+|now\s+)?"
    r"(?P<verb>accredited|represented)\s+(?:consularly\s+|diplomatically\s+)?"
    r"(?:to|in|at|for)\s+(?:the\s+)?⟪(?P<host>\d+)⟫(?P<rest>.*)$",
    re.I,
)
VIA = re.compile(
    rf"\b(?:from|through|by|via|with)\s+(?:its|an?|the|their)?\s*(?:through its\s+)?"
    rf"{MISSION}\s+(?:of \S+\s+)?(?:to\s+(?:the\s+)?⟪\d+⟫\s+)?(?:in|at|based in)\s+",
    re.I,
)
HAS = re.compile(
    r"\b(?P<verb>has had|has|have|had|maintains?|operates?|operated|opened|re-?opened|"
    r"established|closed|set up|will (?:soon )?open|plans? to open|planned to open|"
    r"intends? to open|to open|is (?:going|set|due) to open|agreed to open|decided to open)\s+",
    re.I,
)
DETERMINER = r"(?:an?|en|its|the|one|two|three|four|five|\d+|another|several|their)"
ADJECTIVES = r"(?:(?:new|resident|permanent|own|first|official)\s+)*"
ITEM = re.compile(
    rf"^\s*(?:and\s+|,\s*|also\s+)*(?:(?:has|have|maintains|operates)\s+)?"
    rf"{DETERMINER}?\s*{ADJECTIVES}{MISSION}"
    rf"(?:\s+and\s+{DETERMINER}?\s*{ADJECTIVES}{MISSION.replace('?P<kind>', '?P<kind2>')})?"
    rf"(?:\s*\(\s*|\s+)(?:(?:located|based)\s+)?(?:in|at)\s+",
    re.I,
)
#: what a sentence says before its subject: "Since 1994, Cyprus has an embassy in Stockholm."
REGION_AND_COUNTRY = re.compile(
    r"^,\s*(?P<region>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*),\s*⟪(?P<country>\d+)⟫"
)
SUBJECT_BEFORE_VERB = re.compile(
    r"⟪(\d+)⟫(?:'s|’s)?\s*(?:\([^)]*\)\s*)?(?:also\s+|now\s+|still\s+|currently\s+)?$", re.I
)
LEADING = r"(?:(?:since|in|on|as of|from|by|after|during|until)\s+[^,⟪]{1,40},\s*)?"
#: "Guinea has no embassy in Romania, only an honorary consulate in Bucharest"
ONLY = re.compile(r",\s*(?:but\s+)?(?:only|instead)\s+", re.I)


@dataclass(frozen=True, slots=True)
class MissionClaim:
    """One mission as a sentence states it; codes are ISO 3166-1 alpha-3."""

    line: int
    text: str
    sender: str | None
    host: str | None
    city: str | None
    city_country: str | None
    kind: str
    kind_text: str
    status: str
    via: str | None
    date_text: str | None


def mask(sentence: LocatedSentence) -> str:
    """The sentence with each mention replaced by ⟪index⟫."""
    text = clean(sentence.text)
    out, last = [], 0
    for i, m in enumerate(sentence.mentions):
        out.append(text[last : m.start])
        out.append(f"⟪{i}⟫")
        last = m.end
    out.append(text[last:])
    return "".join(out)


def kind_of(text: str) -> str:
    text = " ".join(text.lower().split())
    for pattern, kind in _KIND_RES:
        if pattern.match(text):
            return kind
    return "other"


def sentence_sender(masked: str, mentions: tuple[Mention, ...]) -> tuple[str | None, int]:
    """The state a sentence is about when it opens with one, and where its predicate starts."""
    m = re.match(
        rf"^\s*{LEADING}(?:also,?\s+|in addition,?\s+)?(?:the\s+)?{ENT}(?:'s|’s)?\s*", masked, re.I
    )
    if m:
        mention = mentions[int(m.group(1))]
        if mention.label == "COUNTRY" and mention.code:
            return mention.code, m.end()
        if (
            mention.label == "DEMONYM"
            and mention.code
            and re.match(MISSION, masked[m.end() :], re.I)
        ):
            return mention.code, m.end()
        return None, 0
    m = re.match(rf"^\s*(?:the\s+)?{MISSION}\s+of\s+(?:the\s+)?{ENT}\s*", masked, re.I)
    if m:
        mention = mentions[int(m.group(2))]
        if mention.label == "COUNTRY" and mention.code:
            return mention.code, 0
    return None, 0


def claims_of(sentence: LocatedSentence) -> list[MissionClaim]:
    """The missions a sentence states (none for negated or unrelated sentences)."""
    masked = mask(sentence)
    mentions = sentence.mentions
    sender, start = sentence_sender(masked, mentions)
    if sender is None:
        return []
    head = masked[start:]
    acc = ACCREDITED.match(head)
    if acc:
        return _accredited(sentence, masked, sender, acc)
    if NEGATION.search(_before_mission(head)):
        only = ONLY.search(head)
        return _has(sentence, sender, "has " + head[only.end() :]) if only else []
    return _has(sentence, sender, head)


def _before_mission(head: str) -> str:
    m = re.search(MISSION, head, re.I)
    return head[: m.start()] if m else head


def _accredited(
    sentence: LocatedSentence, masked: str, sender: str, acc: re.Match[str]
) -> list[MissionClaim]:
    mentions = sentence.mentions
    host_m = mentions[int(acc.group("host"))]
    if host_m.label != "COUNTRY" or not host_m.code:
        return []
    if NEGATION.search(masked[: acc.start("verb")]):
        return []
    rest = acc.group("rest")
    status = "accredited-from" if acc.group("verb").lower() == "accredited" else "represented-via"
    out = []
    after = 0  # where the covering mission's place ends: what follows is a separate statement
    for via_m in VIA.finditer(rest):
        place = _place(rest[via_m.end() :], mentions)
        if place is None:
            continue
        out.append(_covering(sentence, sender, host_m.code, via_m.group("kind"), place[:3], status))
        after = via_m.end() + place[3]
        break
    if not out:
        out.extend(_mission_first(sentence, masked, sender, host_m.code, status))
    # "... and maintains an honorary consulate in Chișinău"
    out.extend(_has(sentence, sender, rest[after:], host=host_m.code))
    return out


MISSION_FIRST = re.compile(
    rf"^\s*(?:the\s+)?(?:⟪\d+⟫(?:'s|’s)?\s+)?{MISSION}\s+(?:of\s+(?:the\s+)?⟪\d+⟫\s+)?"
    rf"(?:in|at)\s+",
    re.I,
)


def _mission_first(
    sentence: LocatedSentence, masked: str, sender: str, host: str | None, status: str
) -> list[MissionClaim]:
    """ "The Turkish Embassy in Oslo is accredited to Iceland": the covering mission comes
    first, its host after the verb."""
    m = MISSION_FIRST.match(masked)
    if not m:
        return []
    place = _place(masked[m.end() :], sentence.mentions)
    if place is None or place[0] is None:
        return []
    return [_covering(sentence, sender, host, m.group("kind"), place[:3], status)]


def _covering(
    sentence: LocatedSentence,
    sender: str,
    host: str | None,
    kind_text: str,
    place: tuple[str | None, str | None, str | None],
    status: str,
) -> MissionClaim:
    """The mission in a third country through which `sender` covers `host`."""
    city, city_country, country = place
    return _claim(
        sentence, sender, host, city, city_country, kind_text, status, via=country or city_country
    )


def _claim(
    sentence: LocatedSentence,
    sender: str,
    host: str | None,
    city: str | None,
    city_country: str | None,
    kind_text: str,
    status: str,
    via: str | None = None,
) -> MissionClaim:
    return MissionClaim(
        line=sentence.line,
        text=sentence.text,
        sender=sender,
        host=host,
        city=city,
        city_country=city_country,
        kind=kind_of(kind_text),
        kind_text=kind_text,
        status=status,
        via=via,
        date_text=None,
    )


def _has(
    sentence: LocatedSentence, sender: str, head: str, host: str | None = None
) -> list[MissionClaim]:
    """Missions after a "has"-like verb, or named at the start ("Azerbaijani embassy in Seoul")."""
    mentions = sentence.mentions
    verb = HAS.search(head)
    if re.match(rf"^\s*(?:the\s+)?{MISSION}", head, re.I):
        # "embassy in Seoul", "The embassy of Azerbaijan in Athens was opened in August 2004"
        tail = re.sub(rf"^\s*(?:the\s+)?(?={MISSION})", "", head, flags=re.I)
        tail = re.sub(rf"^({MISSION})\s+of\s+(?:the\s+)?{ENT}", r"\1", tail, flags=re.I)
        status = "opened" if OPENED.search(tail) else "open"
    elif (
        verb
        and not NEGATION.search(head[: verb.start()])
        and not _other_subject(head[: verb.start()], mentions, sender)
    ):
        tail = head[verb.end() :]
        status = _status(verb.group("verb"), tail)
    else:
        return []
    out: list[MissionClaim] = []
    pos = 0
    while True:
        item = ITEM.match(tail[pos:])
        if not item:
            break
        after = tail[pos + item.end() :]
        places = _places(after, mentions)
        if not places:
            break
        kinds = [k for k in (item.group("kind"), item.group("kind2")) if k]
        for kind_text in kinds:
            out.extend(_claims_at(sentence, sender, host, kind_text, places, status))
        last = places[-1][3]
        pos += item.end() + last
    date = _date_text(tail, status)
    if date:
        out = [
            replace(c, date_text=date, status="opened" if c.status == "open" else c.status)
            for c in out
        ]
    if status == "planned" and not out:
        return []
    return out


def _other_subject(text: str, mentions: tuple[Mention, ...], sender: str) -> bool:
    """Does a state other than the sender stand right before the verb, as its subject
    ("..., while Libya has an embassy in Berlin")? A state named earlier ("welcomed Brunei's
    independence, and opened an embassy") or the sender again ("and Cyprus has") does not."""
    m = SUBJECT_BEFORE_VERB.search(text)
    if m is None:
        return False
    mention = mentions[int(m.group(1))]
    return mention.label in ("COUNTRY", "DEMONYM") and mention.code != sender


def _claims_at(
    sentence: LocatedSentence,
    sender: str,
    host: str | None,
    kind_text: str,
    places: list[tuple[str | None, str | None, str | None, int]],
    status: str,
) -> list[MissionClaim]:
    """One claim per place a mission noun is followed by ("consulates in A, B and C")."""
    kind = kind_of(kind_text)
    out = []
    for city, city_country, country, _consumed in places:
        claim_host = host
        if country and not city:
            claim_host = country
        elif country and city:
            city_country = country
        if kind == "non-resident-embassy":
            # covers a country from abroad: the city's country is the third one
            out.append(
                _claim(
                    sentence,
                    sender,
                    host,
                    city,
                    city_country,
                    kind_text,
                    "accredited-from",
                    via=city_country,
                )
            )
        else:
            out.append(_claim(sentence, sender, claim_host, city, city_country, kind_text, status))
    return out


def _status(verb: str, tail: str) -> str:
    verb = verb.lower()
    if PLANNED.search(verb + " " + tail[:40]) or verb.startswith(("will", "plan", "intend")):
        return "planned"
    if verb in {"closed", "had", "has had", "operated"} or BETWEEN.search(tail):
        return "closed"
    if verb in {"opened", "reopened", "re-opened", "established", "set up"}:
        return "opened"
    return "open"


def _date_text(tail: str, status: str) -> str | None:
    if status == "closed":
        m = BETWEEN.search(tail) or DATE_AFTER.search(tail)
    else:
        m = DATE_AFTER.search(tail)
    return m.group("date") if m else None


def _places(
    text: str, mentions: tuple[Mention, ...]
) -> list[tuple[str | None, str | None, str | None, int]]:
    """Places listed after "in": (city, its country, country named, characters consumed)."""
    out = []
    pos = 0
    while True:
        parsed = _place(text[pos:], mentions)
        if parsed is None:
            break
        city, city_country, country, end = parsed
        region = REGION_AND_COUNTRY.match(text[pos + end :])
        if region and city is not None:  # "Toronto, Ontario, Canada"
            state = mentions[int(region.group("country"))]
            if state.code and state.code in gazetteer().subdivision_of(region.group("region")):
                city_country = country = state.code
                end += region.end()
        out.append((city, city_country, country, pos + end))
        pos += end
        more = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=⟪\d+⟫|[A-Z])", text[pos:])
        if not more or ITEM.match(text[pos:]):
            break
        pos += more.end()
    return out


def _place(
    text: str, mentions: tuple[Mention, ...]
) -> tuple[str | None, str | None, str | None, int] | None:
    """(city, city's country, country named, characters consumed) of the place `text` opens
    with. A country after the city is the city's own ("Ankara, Turkey") only when it agrees
    with the city or the city is unknown; else it is the next place of a list ("Guangzhou,
    Hong Kong and Shanghai")."""
    m = PLACE_RE.match(text)
    if m is None:
        return None
    first, name, second = m.group(1), m.group("name"), m.group(m.re.groups)
    head_end = m.end("name") if name is not None else m.end()
    if first is not None:
        head_end = m.end(1) + 1  # past the closing ⟫
    if first is not None:
        mention = mentions[int(first)]
        if mention.label == "COUNTRY":
            return None if not mention.code else (None, None, mention.code, head_end)
        if mention.label != "CITY":
            return None
        city, codes = mention.text, mention.codes
    elif name is not None:
        city = name.rstrip(".")
        codes = gazetteer().city(city)
    else:
        return None
    own = next(iter(codes)) if len(codes) == 1 else None
    if second is not None:
        trailer = mentions[int(second)]
        if trailer.label == "COUNTRY" and trailer.code and own in (None, trailer.code):
            return city, trailer.code, trailer.code, m.end()
    return city, own, None, head_end


def mission_records(
    doc_id: str,
    subject: str | None,
    rows: list[RowClaims],
    prose: list[tuple[LocatedSentence, str]],
) -> list[dict[str, object]]:
    """One record per mission, from the relations rows (whose counterpart completes what a
    sentence leaves implicit) and from the running text; repeated statements are merged."""
    records: dict[tuple[object, ...], dict[str, object]] = {}
    for row in rows:
        for claim in row.claims:
            _add(records, doc_id, claim, subject, row.counterpart, row.section, row.line)
    for sentence, section in prose:
        for claim in claims_of(sentence):
            _add(records, doc_id, claim, subject, None, section, None)
    return list(records.values())


@dataclass(frozen=True, slots=True)
class RowClaims:
    """What `mission_records` needs of a relations row."""

    claims: list[MissionClaim]
    counterpart: str | None
    section: str
    line: int


def _add(
    records: dict[tuple[object, ...], dict[str, object]],
    doc_id: str,
    claim: MissionClaim,
    subject: str | None,
    counterpart: str | None,
    section: str,
    row_line: int | None,
) -> None:
    host = claim.host or claim.city_country
    if host is None and claim.via is None:
        if claim.sender == subject:
            host = counterpart
        elif counterpart is not None and claim.sender == counterpart:
            host = subject
    elif claim.via is not None and claim.host is None:
        # a non-resident embassy covers the row's counterpart from a third country
        host = counterpart if claim.sender == subject else None
    if host is None or claim.sender is None or host == claim.sender:
        return
    date = parse_date(claim.date_text) if claim.date_text else None
    key = (claim.sender, host, claim.city, claim.kind)
    if key in records:  # the same mission stated again: keep the first, fill in its date
        kept = records[key]
        kept["source_lines"].append(claim.line)  # type: ignore[union-attr]
        if kept["date"] is None and date is not None and date.date is not None:
            kept.update(
                date=date.date,
                date_precision=date.precision,
                date_text=claim.date_text,
                date_note=date.note,
            )
        return
    records[key] = {
        "doc_id": doc_id,
        "source_line": claim.line,
        "extractor": "missions.table-row" if row_line is not None else "missions.prose",
        "evidence": " ".join(claim.text.split()),
        "sender_iso3": claim.sender,
        "host_iso3": host,
        "city": claim.city,
        "kind": claim.kind,
        "kind_text": claim.kind_text,
        "status": claim.status,
        "via_iso3": claim.via,
        "date": date.date if date else None,
        "date_precision": date.precision if date else None,
        "date_text": claim.date_text,
        "date_note": date.note if date else None,
        "section": section,
        "relation_line": row_line,
        "source_lines": [claim.line],
    }
