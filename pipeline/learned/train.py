"""Training and cross-validating the membership model on the hand labels.

Every labelled document of the corpus is extracted once with a recorder in the learned
reader's place: it keeps each document's candidates, which of them the rules block, and the
rules' own memberships. Documents are then split into folds (grouped k-fold: a document's
candidates are never on both sides). For each fold, a model is fitted on the other folds, its
threshold is chosen by an inner grouped cross-validation on those folds alone (the lowest score
at which the facts it would add keep the precision floor), and the fold is scored as the
pipeline would publish it: the rules' memberships alone, and with the model's. The model that
ships is fitted on every document, with the threshold chosen on the pooled held-out scores of
the outer folds; it is switched on only if every fold gained recall at the floor.

scikit-learn is needed here only (`pip install -e '.[dev]'`); the pipeline reads the result
without it (`pipeline.learned.model`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.analysis.document import DocumentAnalysis
from pipeline.evaluation.gold import Gold, Row, canon_org, score
from pipeline.extract.relations import RelationRow
from pipeline.learned.candidates import MembershipCandidate
from pipeline.learned.features import features
from pipeline.learned.model import LinearModel
from pipeline.learned.reader import MEMBERSHIP_MODEL, MembershipModelReader
from pipeline.records import MembershipRecord, RoleRecord
from pipeline.resolve.counterpart import Counterpart

SEED = 20261207
FOLDS = 5
INNER_FOLDS = 3
#: the precision the facts the model adds must keep (issue 19: memberships P >= 0.97)
PRECISION_FLOOR = 0.97
#: wrong facts counted beyond those seen when choosing the threshold (`choose_threshold`)
MARGIN = 0
#: a feature must hold for this many training candidates to get a weight
MIN_COUNT = 2
#: the inverse regularisation strength of the logistic regression (lbfgs, L2)
C = 1.0


@dataclass
class DocData:
    """What one document gives the training: its candidates and the rules' memberships."""

    doc: str
    candidates: list[MembershipCandidate] = field(default_factory=list)
    blocked: list[bool] = field(default_factory=list)
    rule_rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Recorder(MembershipModelReader):
    """The learned reader's stand-in during training: records, adds nothing."""

    seen: list[DocData] = field(default_factory=list)

    def memberships(
        self,
        analysis: DocumentAnalysis,
        rows: Sequence[RelationRow],
        counterparts: Sequence[Counterpart],
        memberships: list[MembershipRecord],
        roles: list[RoleRecord],
    ) -> list[MembershipRecord]:
        data = DocData(analysis.layout.document.doc_id)
        data.candidates = self.candidates(analysis, rows, counterparts)
        data.blocked = [self.blocked(c, memberships, roles) for c in data.candidates]
        data.rule_rows = [r.as_row() for r in memberships]
        self.seen.append(data)
        return memberships


@dataclass
class Example:
    doc: str
    candidate: MembershipCandidate
    features: list[str]
    label: bool | None  # None: inside a list the labels skip
    blocked: bool
    scored: bool | None = None


def collect(paths: Sequence[Path]) -> list[DocData]:
    """Each document's candidates and rules' facts (documents that cannot be read are left out,
    with a line on stderr)."""
    import dataclasses
    import sys

    from pipeline.document import Extractors, extract_document
    from pipeline.errors import InputError

    ex = Extractors.build()
    built = MembershipModelReader.build(ex.knowledge)
    recorder = Recorder(built.orgs, built.states, built.guard)
    ex = dataclasses.replace(ex, learned=recorder)
    for path in paths:
        try:
            extract_document(path, ex)
        except InputError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
    return recorder.seen


def examples(
    docs: Sequence[DocData], gold: Gold, org_ids: Mapping[str, str] | None = None
) -> list[Example]:
    """Every candidate with its features and two labels from `gold` (the same member and
    organization within one line): `label`, the organization as the registry reads the
    label's name (`org_ids`: a label's name -> org_id; the labels write "Intelsat" for the
    registry's "ITSO"), to learn from; `scored`, the organization as the scorer compares it
    (`pipeline.evaluation.gold`), to choose the threshold and report by."""
    org_ids = org_ids or {}
    wanted: dict[str, set[tuple[str, str, int]]] = {}
    for g in gold.items:
        member, line, name = str(g["member"]), int(str(g["line"])), str(g["org"])
        keys = {canon_org(name), "id:" + org_ids.get(name, canon_org(name))}
        for key in keys:
            wanted.setdefault(Path(str(g["doc"])).stem, set()).add((member, key, line))
    out = []
    for data in docs:
        labels = wanted.get(data.doc, set())
        skips = gold.skips.get(data.doc, ())
        for candidate, blocked in zip(data.candidates, data.blocked, strict=True):
            line = candidate.line
            if any(a <= line <= b for a, b in skips):
                label: bool | None = None
                scored: bool | None = None
            else:
                near = (line - 1, line, line + 1)
                label = any((candidate.member, "id:" + candidate.org_id, n) in labels for n in near)
                scored = any(
                    (candidate.member, key, n) in labels
                    for key in (canon_org(candidate.org_id), canon_org(candidate.org_name))
                    for n in near
                )
            out.append(Example(data.doc, candidate, features(candidate), label, blocked, scored))
    return out


def fit(
    feature_lists: Sequence[Sequence[str]],
    labels: Sequence[bool],
    *,
    seed: int = SEED,
    name: str = MEMBERSHIP_MODEL,
) -> LinearModel:
    """A logistic regression over binary indicators (those holding for `MIN_COUNT` examples
    or more), as a `LinearModel` with no threshold yet."""
    from collections import Counter

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats in feature_lists for f in set(feats))
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, cols = [], []
    for r, feats in enumerate(feature_lists):
        for c in sorted({index[f] for f in feats if f in index}):
            rows.append(r)
            cols.append(c)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feature_lists), len(vocabulary)))
    y = np.array([int(bool(v)) for v in labels])
    if len(set(y.tolist())) < 2:
        raise ValueError("the training set needs both positive and negative examples")
    model = LogisticRegression(C=C, solver="lbfgs", random_state=seed, max_iter=1000)
    model.fit(x, y)
    weights = {f: float(w) for f, w in zip(vocabulary, model.coef_[0], strict=True) if w != 0.0}
    return LinearModel(name, float(model.intercept_[0]), weights, 1.0, False)


def choose_threshold(
    scored: Sequence[tuple[float, bool]], floor: float, margin: int = 0
) -> float | None:
    """The lowest score t such that the candidates scoring t or more are right at least
    `floor` of the time, counting `margin` more wrong ones than there are (so that a
    threshold chosen on a few documents keeps the floor on others); None when no t does."""
    ordered = sorted(scored, key=lambda sr: -sr[0])
    best: float | None = None
    right = 0
    for i, (s, ok) in enumerate(ordered, start=1):
        right += ok
        last_of_score = i == len(ordered) or ordered[i][0] != s
        if last_of_score and right / (i + margin) >= floor:
            best = s
    return best


def _folds(docs: Sequence[str], k: int, seed: int) -> list[list[str]]:
    """`docs` (sorted) in `k` folds: scikit-learn's shuffled grouped k-fold, one group each."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    names = sorted(docs)
    splitter = GroupKFold(n_splits=k, shuffle=True, random_state=seed)
    ones = np.zeros(len(names))
    return [sorted(names[i] for i in test) for _, test in splitter.split(ones, groups=names)]


def _oof_scores(train: list[Example], docs: Sequence[str], k: int, seed: int) -> list[float]:
    """Scores of `train`'s examples, each by a model fitted on the other inner folds."""
    scores = [0.0] * len(train)
    for fold in _folds(docs, k, seed):
        held = set(fold)
        fitted = [e for e in train if e.doc not in held and e.label is not None]
        model = fit([e.features for e in fitted], [bool(e.label) for e in fitted], seed=seed)
        for i, e in enumerate(train):
            if e.doc in held:
                scores[i] = model.score(e.features)
    return scores


def _threshold_of(examples_: Sequence[Example], scores: Sequence[float]) -> float | None:
    return choose_threshold(
        [
            (s, bool(e.label))
            for e, s in zip(examples_, scores, strict=True)
            if not e.blocked and e.label is not None
        ],
        PRECISION_FLOOR,
        MARGIN,
    )


def _added_rows(
    examples_: Sequence[Example], scores: Sequence[float], threshold: float | None
) -> list[Row]:
    """The rows the reader would add at `threshold`: one per (document, member, org)."""
    if threshold is None:
        return []
    grouped: dict[tuple[str, str, str, str], list[int]] = {}
    for e, s in zip(examples_, scores, strict=True):
        if not e.blocked and s >= threshold:
            c = e.candidate
            grouped.setdefault((e.doc, c.member, c.org_id, c.org_name), []).append(c.line)
    return [
        {
            "doc_id": doc,
            "member_iso3": member,
            "org_id": org,
            "org_name": name,
            "source_line": min(lines),
            "source_lines": sorted(set(lines)),
            "rule": "model:" + MEMBERSHIP_MODEL,
        }
        for (doc, member, org, name), lines in sorted(grouped.items())
    ]


def _subset(gold: Gold, docs: set[str]) -> Gold:
    return Gold(
        gold.what,
        tuple(g for g in gold.items if Path(str(g["doc"])).stem in docs),
        {d: s for d, s in gold.skips.items() if d in docs},
    )


def _figures(gold: Gold, rows: list[Row]) -> dict[str, Any]:
    s = score("memberships", gold, {"memberships": rows}, {})
    return {
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "matched": s.matched,
        "predicted": s.predicted,
        "gold": s.gold,
    }


def resolved(gold: Gold, org_ids: Mapping[str, str]) -> Gold:
    """The labels with each organization written as the registry's org_id where the registry
    reads the label's name ("Intelsat" -> "ITSO"): the scorer compares names as written."""
    return Gold(
        gold.what,
        tuple({**g, "org": org_ids.get(str(g["org"]), g["org"])} for g in gold.items),
        gold.skips,
    )


@dataclass
class CrossValidation:
    """The figures of `cross_validate` and the examples they were made from."""

    figures: dict[str, Any]
    examples: list[Example]


def _fold_figures(gold: Gold, rules: list[Row], added: list[Row]) -> dict[str, Any]:
    got = score("memberships", gold, {"memberships": added}, {})
    return {
        "rules": _figures(gold, rules),
        "rules+model": _figures(gold, rules + added),
        "added": got.predicted,
        "added_correct": got.matched,
        "added_precision": round(got.precision, 4) if got.predicted else None,
    }


def cross_validate(
    docs: Sequence[DocData],
    gold: Gold,
    org_ids: Mapping[str, str] | None = None,
    *,
    seed: int = SEED,
    folds: int = FOLDS,
) -> CrossValidation:
    """Per fold and pooled, the rules alone and the rules with the model as the pipeline would
    publish them, scored twice: as `pipeline.evaluation` scores (`scorer`), and with the
    labels' organization names read through the registry (`registry`)."""
    org_ids = org_ids or {}
    all_examples = examples(docs, gold, org_ids)
    names = sorted({d.doc for d in docs} | gold.docs)
    rule_rows = {d.doc: d.rule_rows for d in docs}
    golds = {"scorer": gold, "registry": resolved(gold, org_ids)}
    pooled = [0.0] * len(all_examples)
    report: list[dict[str, Any]] = []
    all_rules: list[Row] = []
    all_added: list[Row] = []
    for k, fold in enumerate(_folds(names, folds, seed), start=1):
        held = set(fold)
        train = [e for e in all_examples if e.doc not in held]
        test_at = [i for i, e in enumerate(all_examples) if e.doc in held]
        threshold = _threshold_of(
            train, _oof_scores(train, [n for n in names if n not in held], INNER_FOLDS, seed)
        )
        fitted = [e for e in train if e.label is not None]
        model = fit([e.features for e in fitted], [bool(e.label) for e in fitted], seed=seed)
        test = [all_examples[i] for i in test_at]
        scores = [model.score(e.features) for e in test]
        for i, s in zip(test_at, scores, strict=True):
            pooled[i] = s
        rules = [r for d in fold for r in rule_rows.get(d, [])]
        added = _added_rows(test, scores, threshold)
        report.append(
            {
                "fold": k,
                "documents": len(fold),
                "threshold": threshold,
                **{how: _fold_figures(_subset(g, held), rules, added) for how, g in golds.items()},
            }
        )
        all_rules += rules
        all_added += added
    # the shipped threshold: on the pooled held-out scores of the outer folds
    threshold = _threshold_of(all_examples, pooled)
    gains = all(
        f["registry"]["rules+model"]["recall"] > f["registry"]["rules"]["recall"]
        and f["registry"]["added_precision"] is not None
        and f["registry"]["added_precision"] >= PRECISION_FLOOR
        for f in report
    )
    figures = {
        "seed": seed,
        "folds": report,
        "pooled": {how: _fold_figures(g, all_rules, all_added) for how, g in golds.items()},
        "threshold": threshold,
        "enabled": bool(gains and threshold is not None),
        "examples": len(all_examples),
        "positives": sum(1 for e in all_examples if e.label),
        "documents": len(names),
    }
    return CrossValidation(figures, all_examples)


def train(
    docs: Sequence[DocData],
    gold: Gold,
    org_ids: Mapping[str, str] | None = None,
    *,
    seed: int = SEED,
) -> LinearModel:
    """The shipped model: fitted on every document, with the cross-validated threshold,
    switched on only if every fold gained recall with the added facts at the floor."""
    cv = cross_validate(docs, gold, org_ids, seed=seed)
    fitted = [e for e in cv.examples if e.label is not None]
    model = fit([e.features for e in fitted], [bool(e.label) for e in fitted], seed=seed)
    threshold = cv.figures["threshold"]
    info: dict[str, object] = {
        "floor": PRECISION_FLOOR,
        "min_count": MIN_COUNT,
        "C": C,
        "folds": FOLDS,
        "inner_folds": INNER_FOLDS,
        "margin": MARGIN,
        "cv": cv.figures,
    }
    return LinearModel(
        model.name,
        model.bias,
        model.weights,
        threshold if threshold is not None else 1.0,
        bool(cv.figures["enabled"]),
        info,
    )
