"""`python -m pipeline.learned train`: fit the membership model on the hand labels, choose its
threshold by grouped cross-validation, and write the model and its card.

    train   extract every labelled document of the corpus, cross-validate by document folds,
            fit on all, write pipeline/learned/data/<name>.json and docs/model-card-<name>.md
            (`--check`: write nothing, fail if the shipped files differ from what it makes)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.learned.card import model_card
from pipeline.learned.model import model_path
from pipeline.learned.reader import MEMBERSHIP_MODEL

REPO = Path(__file__).resolve().parent.parent.parent


def main(argv: list[str] | None = None) -> int:
    from pipeline.evaluation.__main__ import CORPUS, GOLD_DIRS
    from pipeline.evaluation.gold import Gold, load_gold

    parser = argparse.ArgumentParser(
        prog="python -m pipeline.learned",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("train",))
    parser.add_argument("--gold", type=Path, action="append", help="a folder of labels")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the labelled documents")
    parser.add_argument("--check", action="store_true", help="compare with the shipped files")
    args = parser.parse_args(argv)

    files = sorted(
        f for d in (args.gold or GOLD_DIRS) if d.is_dir() for f in d.glob("*.memberships.jsonl")
    )
    if not files:
        print("no membership labels found (../shared/gold, fixtures/gold)", file=sys.stderr)
        return 2
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder of documents", file=sys.stderr)
        return 2
    for path in files:
        try:
            one = load_gold("memberships", [path])
            for g in one.items:
                _ = (g["doc"], int(str(g["line"])), g["member"], g["org"])
        except (ValueError, KeyError, TypeError) as exc:
            print(f"{path}: labels cannot be read: {exc!s}", file=sys.stderr)
            return 2
    gold: Gold = load_gold("memberships", files)
    from pipeline.knowledge import load_knowledge
    from pipeline.learned.train import collect, train

    registry = load_knowledge().organizations
    org_ids = {
        name: org.org_id
        for name in sorted({str(g["org"]) for g in gold.items})
        if (org := registry.lookup(name)) is not None
    }
    paths = sorted(p for p in (args.corpus / f"{d}.md" for d in gold.docs) if p.is_file())
    model = train(collect(paths), gold, org_ids)
    outputs = {
        model_path(MEMBERSHIP_MODEL): model.to_json(),
        REPO / "docs" / f"model-card-{MEMBERSHIP_MODEL}.md": model_card(model),
    }
    print(model_card(model, summary=True))
    if args.check:
        stale = [p for p, text in outputs.items() if _read(p) != text]
        for p in stale:
            print(f"{p}: differs from what training makes", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")
    return 0


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


if __name__ == "__main__":
    sys.exit(main())
