"""The model card of the membership model, written by training from the figures it made, so
that the card and the shipped model cannot disagree."""

from __future__ import annotations

from typing import Any

from pipeline.learned.model import LinearModel

HOW = {
    "scorer": "as `make eval` and `../shared/eval/score.py` score (organization names compared as "
    "written)",
    "registry": "with the labels' organization names read through the registry (the labels "
    'write "Intelsat", "Inmarsat" where the registry\'s ids are "ITSO", "IMSO")',
}


def model_card(model: LinearModel, *, summary: bool = False) -> str:
    """The card (`summary`: only its figures, for the console)."""
    cv: dict[str, Any] = dict(model.info.get("cv") or {})  # type: ignore[call-overload]
    figures = [line for how in HOW for line in _table(cv, how)]
    figures.append(
        f"Shipped threshold {model.threshold:.4f}; switched {'on' if model.enabled else 'off'}; "
        f"{len(model.weights):,} weights; {cv.get('examples', 0):,} candidates in "
        f"{cv.get('documents', 0)} documents, {cv.get('positives', 0):,} of them labelled members."
    )
    if summary:
        return "\n".join(figures) + "\n"
    return "\n".join([*_head(model, cv), *figures, "", *_tail(model)]) + "\n"


def _pr(f: dict[str, Any]) -> str:
    return f"{f['precision']:.3f} / {f['recall']:.3f}"


def _table(cv: dict[str, Any], how: str) -> list[str]:
    out = [
        f"Scored {HOW[how]}:",
        "",
        "| fold | documents | threshold | rules P / R | rules + model P / R | gold | "
        "added | added right | added P |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for f in cv.get("folds", []):
        threshold = "none" if f["threshold"] is None else f"{f['threshold']:.4f}"
        out.append(_row(str(f["fold"]), str(f["documents"]), threshold, f[how]))
    pooled = cv.get("pooled", {}).get(how)
    if pooled:
        out.append(_row("pooled", str(cv.get("documents", "")), "", pooled))
    out.append("")
    return out


def _row(name: str, documents: str, threshold: str, f: dict[str, Any]) -> str:
    precision = "-" if f["added_precision"] is None else f"{f['added_precision']:.3f}"
    return (
        f"| {name} | {documents} | {threshold} | {_pr(f['rules'])} | {_pr(f['rules+model'])} | "
        f"{f['rules']['gold']} | {f['added']} | {f['added_correct']} | {precision} |"
    )


def _head(model: LinearModel, cv: dict[str, Any]) -> list[str]:
    info = model.info
    return [
        f"# Model card: {model.name}",
        "",
        "Written by `make train` (`python -m pipeline.learned train`) with the model it describes,"
        f" `pipeline/learned/data/{model.name}.json`; do not edit by hand.",
        "",
        "## What it does",
        "",
        "Reads memberships the rules miss. A candidate is a state and an organization the registry"
        " knows, in one sentence of a relations-table row or of the running text: each state the"
        " sentence names, the document's subject and, in a row, the row's counterpart (so that"
        ' "It", "both countries" and "both are members" are covered); treaties and peacekeeping'
        " missions are left out (a party or a participant is not a member). A logistic regression"
        " scores each candidate. The pipeline adds a fact, with rule"
        f" `model:{model.name}` and the candidate's `score`, only where the score is at or above"
        " the threshold, where no rule made that (member, organization) fact in the document, and"
        " where no rule read another standing for that pair on that line (an observer, a"
        " candidate, a negation: `organization_roles`; a former member is a rule's fact). It"
        " never changes or"
        " removes a rule's fact. One fact per (member, organization) of a document, with every"
        " line that states it and the best score among them.",
        "",
        "## Data",
        "",
        "The hand labels of every corpus document (`fixtures/gold/*.memberships.jsonl` and"
        " `../shared/gold/`), matched to candidates as the scorer matches facts: the same member"
        " and organization within one line; lines inside a list the labels skip are left out. The"
        " labels' organization names are read through the registry to label candidates."
        f" {cv.get('examples', 0):,} candidates, {cv.get('positives', 0):,} positive, in"
        f" {cv.get('documents', 0)} documents.",
        "",
        "## Features",
        "",
        "Binary indicators of the masked sentence (`pipeline/learned/features.py`): the pair"
        " written `xstatex` and `xorgx`, every other name by its kind; words and word pairs of the"
        " sentence, of the words between the pair (or before the organization, for a state the"
        " sentence does not name), the same with each run of listed organizations read as one,"
        " three words on each side of the pair and of the organization, character 3- to 5-grams of"
        " the words between, how the state is referred to (named, subject, counterpart), row or"
        " prose, list item, the organization's kind, how many states and organizations the"
        f" sentence names. Indicators holding for fewer than {info.get('min_count')} candidates"
        " are dropped.",
        "",
        "## Training and folds",
        "",
        f"scikit-learn's `LogisticRegression` (lbfgs, L2, C={info.get('C')}), seed"
        f" {cv.get('seed')}. Documents are split into {info.get('folds')} folds by scikit-learn's"
        " shuffled `GroupKFold` (each document one group: its candidates are never on both"
        " sides). For each fold a model is fitted on the other folds and its threshold chosen by"
        f" an inner {info.get('inner_folds')}-fold grouped cross-validation on those folds only;"
        " the fold is then scored as the pipeline would publish it, the rules' memberships alone"
        " and with the model's.",
        "",
        "## Threshold",
        "",
        "The lowest score at which the candidates the rules leave (not blocked) and that score at"
        " least that much are labelled members at least"
        f" {info.get('floor')} of the time (the precision floor of issue 19), measured on"
        " held-out scores"
        + (
            f", counting {info.get('margin')} more wrong candidate(s) than were seen"
            if info.get("margin")
            else ""
        )
        + ". The shipped threshold is chosen so on the pooled held-out scores of the outer folds;"
        " the shipped model is then fitted on every document.",
        "",
        "## Switched on or off",
        "",
        "On only if, in every fold, the facts the model adds are right at least at the floor and"
        " the recall of rules + model is above the rules' (registry matching).",
        "",
        "## Scores by fold",
        "",
    ]


def _tail(model: LinearModel) -> list[str]:
    return [
        "## Limits",
        "",
        "- It reads only organizations the registry knows, and only pairs within one sentence.",
        "- It adds no fact for a pair a rule already has in the document, even on another line.",
        "- The figures are cross-validated on the same corpus the rules were written on: on"
        " unseen articles the rules miss more, and what the model adds may differ.",
        "- Scores are rounded to four decimals; the same input gives the same facts and scores.",
    ]
