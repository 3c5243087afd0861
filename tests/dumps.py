"""MediaWiki export XML written for tests: pages with their revisions, in the dump format."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS = "http://www.mediawiki.org/xml/export-0.11/"


@dataclass
class Page:
    title: str
    page_id: int
    revisions: list[tuple[int, str, str]] = field(default_factory=list)  # id, timestamp, text
    ns: int = 0
    redirect: str | None = None


def page_xml(page: Page) -> str:
    parts = [
        "  <page>\n",
        f"    <title>{escape(page.title)}</title>\n",
        f"    <ns>{page.ns}</ns>\n",
        f"    <id>{page.page_id}</id>\n",
    ]
    if page.redirect:
        parts.append(f'    <redirect title="{escape(page.redirect)}" />\n')
    for rev_id, timestamp, text in page.revisions:
        parts += [
            "    <revision>\n",
            f"      <id>{rev_id}</id>\n",
            f"      <timestamp>{timestamp}</timestamp>\n",
            "      <contributor><username>Example</username><id>42</id></contributor>\n",
            "      <model>wikitext</model>\n",
            "      <format>text/x-wiki</format>\n",
            f'      <text bytes="{len(text.encode())}" xml:space="preserve">{escape(text)}</text>\n',
            "    </revision>\n",
        ]
    parts.append("  </page>\n")
    return "".join(parts)


def header() -> str:
    return (
        f'<mediawiki xmlns="{NS}" version="0.11" xml:lang="en">\n'
        "  <siteinfo>\n    <sitename>Wikipedia</sitename>\n"
        "    <base>https://en.wikipedia.org/wiki/Main_Page</base>\n  </siteinfo>\n"
    )


def export_xml(pages: list[Page]) -> str:
    return header() + "".join(page_xml(p) for p in pages) + "</mediawiki>\n"
