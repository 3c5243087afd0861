"""spaCy is imported without its command line, and nothing of the stand-ins stays behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip()


def test_the_spotter_imports_spacy_without_its_command_line():
    said = _run(
        """
        import sys
        import pipeline.analysis.entities
        import spacy
        print("spacy.cli" in sys.modules, "spacy.cli.info" in sys.modules, "weasel" in sys.modules)
        print(spacy.blank("en")("Baku, Azerbaijan.").text)
        """
    )
    assert said.splitlines() == ["False False False", "Baku, Azerbaijan."]


def test_spacy_s_command_line_is_the_real_one_when_asked_for():
    said = _run(
        """
        import pipeline.analysis.entities
        import spacy
        import spacy.cli
        from spacy.cli.info import info
        print(spacy.cli.__file__.endswith("__init__.py"), spacy.info(markdown=True) == info(markdown=True))
        """
    )
    assert said == "True True"


def test_spacy_imported_first_is_left_as_it_is():
    said = _run(
        """
        import spacy
        import sys
        from pipeline.analysis import lean_spacy
        print(lean_spacy.import_spacy() is spacy, sys.modules["spacy.cli"].__file__ is not None)
        """
    )
    assert said == "True True"
