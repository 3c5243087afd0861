"""`recognitions`: who recognised whom, when, and ordinal claims ("the first country to ...").

Read from masked sentences (see `pipeline.extract.missions`):

    ⟪Japan⟫ recognized ⟪Azerbaijan⟫ on 28 December 1991.
    ⟪Latvia⟫ recognized the independence of ⟪Azerbaijan⟫ on 8 January 1992.
    ⟪Pakistan⟫ was the second country to recognize ⟪Azerbaijan⟫ after ⟪Turkey⟫ ...
    On 25 December 1991 President George H. W. Bush announced that the ⟪United States⟫
    recognized the independence of all 12 former Soviet republics, including ⟪Azerbaijan⟫.

Negated sentences ("Pakistan does not recognize Armenia") state no recognition.
"""

from __future__ import annotations

import re

from pipeline.dates import find_date
from pipeline.extract.missions import ENT, NEGATION, mask
from pipeline.extract.sentences import LocatedSentence
from pipeline.resolve.entities import Mention

VERB = r"recogni[sz](?:ed|es|e|ing)"
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
ORDINAL = re.compile(
    rf"\b(?:was|is|became)\s+(?P<text>(?:the\s+|one\s+of\s+the\s+|among\s+the\s+)"
    rf"(?P<word>{'|'.join(ORDINALS)}|very first))\s+(?:\w+\s+)?"
    rf"(?:country|countries|state|states|nation|nations|government|governments)\s+"
    rf"(?:in the world\s+)?to\s+(?:officially\s+|formally\s+)?{VERB}",
    re.I,
)
ACTIVE = re.compile(
    rf"(?:^|\bthat\s+|,\s*)(?:the\s+)?⟪(?P<a>\d+)⟫(?P<between>[^⟪]{{0,80}}?)(?<!-)\b{VERB}\b",
    re.I,
)
PASSIVE = re.compile(
    rf"⟪(?P<b>\d+)⟫[^⟪]{{0,40}}\bwas\s+{VERB}\s+by\s+(?:the\s+)?⟪(?P<a>\d+)⟫", re.I
)
IRREALIS = re.compile(
    r"\b(?:to|would|will|could|may|might|should|shall|refused|refuses|threatened|threatens|"
    r"plans?|planned|considering|considers|intends?|intended|urged|asked)\b",
    re.I,
)
AFTER = re.compile(rf"\bafter\s+(?:the\s+)?{ENT}", re.I)
RECOGNIZABLE = ("COUNTRY", "NONCOUNTRY")


def recognition_records(
    doc_id: str, sentences: list[tuple[LocatedSentence, str]]
) -> list[dict[str, object]]:
    records: dict[tuple[object, ...], dict[str, object]] = {}
    for sentence, section in sentences:
        for rec in recognitions_of(sentence):
            key = (rec["recognizer_iso3"], rec["recognized_iso3"], rec["recognized_name"])
            if key in records:
                _merge(records[key], rec)
                continue
            records[key] = {"doc_id": doc_id, "section": section, **rec}
    return list(records.values())


def _merge(kept: dict[str, object], new: dict[str, object]) -> None:
    """A second statement of the same recognition fills what the first left empty."""
    kept["source_lines"].append(new["source_line"])  # type: ignore[union-attr]
    for field in ("date", "date_precision", "date_text", "ordinal", "ordinal_text", "after_iso3"):
        if kept.get(field) is None and new.get(field) is not None:
            kept[field] = new[field]


def recognitions_of(sentence: LocatedSentence) -> list[dict[str, object]]:
    masked = mask(sentence)
    mentions = sentence.mentions
    out = []
    passive = PASSIVE.search(masked)
    if passive:
        pair = _pair(mentions, int(passive.group("a")), int(passive.group("b")))
        if pair:
            out.append(_record(sentence, masked, *pair, verb_end=passive.end()))
        return out
    ordinal = ORDINAL.search(masked)
    for active in ACTIVE.finditer(masked):
        between = active.group("between")
        if NEGATION.search(between) or (IRREALIS.search(between) and not ordinal):
            continue  # "does not recognize", "threatened to formally recognize"
        a = int(active.group("a"))
        b = _object(masked, mentions, active.end())
        if b is None:
            continue
        pair = _pair(mentions, a, b)
        if pair:
            out.append(_record(sentence, masked, *pair, verb_end=active.end()))
        break
    return out


def _object(masked: str, mentions: tuple[Mention, ...], start: int) -> int | None:
    """The first name after the verb (skipping "after Turkey"), if it is a recognisable state:
    in "recognises Georgian sovereignty over Abkhazia" it is not."""
    window = masked[start : start + 120]
    for m in re.finditer(ENT, window):
        i = int(m.group(1))
        if re.search(r"\bafter\s+(?:the\s+)?$", window[: m.start()], re.I):
            continue
        return i if mentions[i].label in RECOGNIZABLE else None
    return None


def _pair(mentions: tuple[Mention, ...], a: int, b: int) -> tuple[Mention, Mention] | None:
    recognizer, recognized = mentions[a], mentions[b]
    if recognizer.label != "COUNTRY" or not recognizer.code:
        return None
    if recognized.label == "COUNTRY" and recognized.code and recognized.code != recognizer.code:
        return recognizer, recognized
    if recognized.label == "NONCOUNTRY" and recognized.code in {
        "disputed-territory",
        "sovereign-entity",
    }:
        return recognizer, recognized
    return None


def _record(
    sentence: LocatedSentence,
    masked: str,
    recognizer: Mention,
    recognized: Mention,
    verb_end: int,
) -> dict[str, object]:
    ordinal = ORDINAL.search(masked)
    after = AFTER.search(masked, verb_end)
    after_code = None
    if ordinal and after:
        m = sentence.mentions[int(after.group(1))]
        after_code = m.code if m.label == "COUNTRY" else None
    date = find_date(sentence.text)
    number = None
    if ordinal:
        word = ordinal.group("word").lower()
        number = 1 if word == "very first" else ORDINALS[word]
    return {
        "source_line": sentence.line,
        "extractor": "recognitions.sentence",
        "evidence": " ".join(sentence.text.split()),
        "recognizer_iso3": recognizer.code,
        "recognized_iso3": recognized.code if recognized.label == "COUNTRY" else None,
        "recognized_name": recognized.text,
        "date": date.date if date else None,
        "date_precision": date.precision if date else None,
        "date_text": date.text if date else None,
        "ordinal": number,
        "ordinal_text": " ".join(ordinal.group("text").split()) if ordinal else None,
        "ordinal_is_approximate": bool(ordinal)
        and not ordinal.group("text").lower().startswith("the"),
        "after_iso3": after_code,
        "source_lines": [sentence.line],
    }
