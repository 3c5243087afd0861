"""The features of a membership candidate: binary indicator names, for a linear model.

The sentence is read as its masked form (`pipeline.analysis.text`), with the candidate's two
mentions written `xstatex` and `xorgx` and every other mention by its kind, so that what is
learnt is the wording around a pair, not the names in it: bags of words and word pairs of the
whole sentence, of the words between the pair (or, for a state the sentence does not name, of
the words before the organization), of the few words on each side, character n-grams of the
words between, and a few structural facts (how the state is referred to, table row or prose,
how many states and organizations the sentence names, the organization's kind).
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.analysis.text import ENT_RE
from pipeline.learned.candidates import MembershipCandidate

#: the token each kind of other mention is read as
OTHER = {
    "ORG": "xorg",
    "COUNTRY": "xstate",
    "AMBIGUOUS": "xstate",
    "DEMONYM": "xdemonym",
    "CITY": "xcity",
    "NONCOUNTRY": "xentity",
    "PREFIX": "xprefix",
}
STATE, ORG = "xstatex", "xorgx"
TOKEN = re.compile(r"[a-z_]+|\d+|[^\sa-z\d_]")
#: the most tokens of a sentence read (the corpus's sentences are mostly under 60)
MAX_TOKENS = 120
WINDOW = 3
CHAR_NGRAMS = (3, 5)
MAX_BETWEEN_CHARS = 240
#: what may stand in a list of organizations besides them
LIST_WORDS = frozenset({"xorg", ",", "and", "the", "(", ")", ";", "as", "well", "of"})


def tokens(candidate: MembershipCandidate) -> list[str]:
    """The sentence's tokens, lower-cased, the pair marked and other mentions by kind."""
    sentence = candidate.source.sentence

    def placeholder(m: re.Match[str]) -> str:
        index = int(m.group(1))
        if index == candidate.org_at:
            return f" {ORG} "
        if index == candidate.state_at:
            return f" {STATE} "
        return f" {OTHER.get(sentence.mentions[index].label, 'xname')} "

    text = ENT_RE.sub(placeholder, sentence.masked).lower()
    return ["0" if t.isdigit() else t for t in TOKEN.findall(text)][:MAX_TOKENS]


def features(candidate: MembershipCandidate) -> list[str]:
    """The indicator names that hold for `candidate`, sorted, each once."""
    toks = tokens(candidate)
    source = candidate.source
    out: set[str] = {
        f"ref={candidate.reference}",
        "where=row" if source.in_row else "where=prose",
        f"okind={candidate.org_kind}",
        f"norgs={_bucket(toks.count('xorg') + 1)}",
        f"nstates={_bucket(toks.count('xstate') + int(STATE in toks))}",
    }
    if source.sentence.in_list:
        out.add("list")
    _grams(out, "w", toks)
    org = toks.index(ORG) if ORG in toks else len(toks)
    state = toks.index(STATE) if STATE in toks else None
    if toks:
        out.add(f"first={toks[0]}")
        out.add(f"first2={'_'.join(toks[:2])}")
    if state is None:
        _grams(out, "pre", toks[:org])
        _grams(out, "pk", _compressed(toks[:org]))
        first, last = org, org
    else:
        first, last = min(state, org), max(state, org)
        between = toks[first + 1 : last]
        out.add("order=state-org" if state < org else "order=org-state")
        out.add(f"gap={_bucket(len(between), (0, 1, 2, 3, 5, 8, 13, 21))}")
        _grams(out, "b", between)
        _grams(out, "bk", _compressed(between))
        if "xstate" in between:
            out.add("b-other-state")
        if "xorg" in between:
            out.add("b-other-org")
        text = " ".join(between)[:MAX_BETWEEN_CHARS]
        padded = f" {text} "
        for n in range(CHAR_NGRAMS[0], CHAR_NGRAMS[1] + 1):
            out.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    for i, tok in enumerate(reversed(toks[max(0, first - WINDOW) : first])):
        out.add(f"l{i}:{tok}")
    for i, tok in enumerate(toks[last + 1 : last + 1 + WINDOW]):
        out.add(f"r{i}:{tok}")
    for i, tok in enumerate(reversed(toks[max(0, org - WINDOW) : org])):
        out.add(f"ol{i}:{tok}")
    for i, tok in enumerate(toks[org + 1 : org + 1 + WINDOW]):
        out.add(f"or{i}:{tok}")
    return sorted(out)


def _compressed(toks: list[str]) -> list[str]:
    """`toks` with each run of listed organizations ("xorg , xorg ( xorg ) and the xorg") as
    one `xlist`, so that "is a member of A, B and X" reads as "is a member of X"."""
    out: list[str] = []
    run: list[str] = []
    for tok in [*toks, ""]:
        if tok in LIST_WORDS and (tok == "xorg" or run):
            run.append(tok)
            continue
        if run:
            if "xorg" in run:
                out.append("xlist")
            else:
                out.extend(run)
            run = []
        if tok:
            out.append(tok)
    return out


def _grams(out: set[str], prefix: str, toks: list[str]) -> None:
    out.update(f"{prefix}:{t}" for t in toks)
    out.update(f"{prefix}2:{a}_{b}" for a, b in pairwise(toks))


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5)) -> str:
    """`n` as the largest edge it reaches: "2" for 2, "3+" for 4 with the default edges."""
    reached = max((e for e in edges if n >= e), default=edges[0])
    return str(reached) if n == reached else f"{reached}+"
