"""Small documents written for tests: an article with a relations table, in either format."""

from __future__ import annotations

from pathlib import Path


def grid(rows: list[tuple[str, str, str]]) -> str:
    """A pandoc grid table with the columns Country | Date | Notes."""
    header = ("Country", "Date", "Notes")
    widths = [max(len(r[i]) for r in [header, *rows]) + 2 for i in range(3)]

    def border(ch: str) -> str:
        return "+" + "+".join(ch * w for w in widths) + "+"

    def line(cells: tuple[str, str, str]) -> str:
        return "|" + "|".join(f" {c}".ljust(w) for c, w in zip(cells, widths, strict=True)) + "|"

    out = [border("-"), line(header), border("=")]
    for row in rows:
        out += [line(row), border("-")]
    return "\n".join(out)


def article(country: str, rows: list[tuple[str, str, str]], prose: str = "") -> str:
    """A plain-text article about `country`: a title, prose, and a relations table."""
    first = prose or f"{country} is a member of the United Nations."
    return f"Foreign relations of {country}\n\n{first}\n\n{grid(rows)}\n"


GOOD_ROWS = [
    ("Peru", "1990", "Chile has an embassy in Lima."),
    ("Bolivia", "1 May 1992", "Bolivia has an embassy in Santiago."),
]


def good_document(folder: Path, country: str = "Chile") -> Path:
    """A well-formed article that every run in these tests should publish unchanged."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"Foreign_relations_of_{country}.md"
    path.write_text(article(country, GOOD_ROWS), encoding="utf-8")
    return path
