"""The knowledge data files and the one key every name lookup goes through.

Each file in `data/` starts with `#` lines that say what it holds and where it comes from;
`sources()` collects those lines so that the data dictionary can cite them.
"""

from __future__ import annotations

import csv
import unicodedata
from importlib import resources
from pathlib import Path

DATA = resources.files("pipeline.knowledge") / "data"


def read_data(name: str) -> list[dict[str, str]]:
    """Rows of a data CSV, skipping its `#` comment header."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def source_of(name: str) -> str:
    """The comment header of a data file: what it holds and its source."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [ln[1:].strip() for ln in text.splitlines() if ln.startswith("#")]
    return " ".join(lines)


def coco_rows() -> list[dict[str, str]]:
    """country-converter's own data file, read directly (its loader breaks on pandas 3)."""
    import country_converter

    path = Path(country_converter.__file__).with_name("country_data.tsv")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def data_files() -> list[str]:
    return sorted(p.name for p in DATA.iterdir() if p.name.endswith(".csv"))


def fold(text: str) -> str:
    """Key for dictionary lookups: case-, accent-, dash- and quote-insensitive."""
    if text.isascii():  # no accent, dash or quote to fold, and every normal form is the text
        return _spaced(text.lower())
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    for dash in ("–", "—", "‐", "‑"):
        text = text.replace(dash, "-")
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and "a" <= out[-1].lower() <= "z":
            continue  # drop accents on Latin letters only: "й" must stay "й"
        out.append(ch)
    return _spaced(unicodedata.normalize("NFC", "".join(out)).casefold())


def _spaced(folded: str) -> str:
    """One space between words, none after a full stop, none at either end."""
    return " ".join(folded.replace(".", ". ").split()).replace(". ", ".").strip(" .")
