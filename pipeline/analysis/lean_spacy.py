"""spaCy imported without its command line: imported for its side effect, before `import spacy`.

`import spacy` imports `spacy.cli` for the one name `spacy.info`, and with it everything spaCy's
commands use (requests, httpx, weasel, jinja2, rich, ...): some 400 modules and a third of
spaCy's import time (0.17 s of CPU), in every process that reads a document, for commands the
pipeline never runs. While spaCy is first imported here, `spacy.cli` and `spacy.cli.info` are
stand-ins whose `info` imports the real one when called; they are taken out of `sys.modules` as
soon as spaCy is in, so that any later `import spacy.cli` imports the real one. Should a spaCy
release need more of its command line while it is imported, the stand-ins are dropped and spaCy
is imported as usual.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

#: the modules `spacy/__init__.py` imports only for `spacy.info`
STAND_INS = ("spacy.cli", "spacy.cli.info")


def info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, from the real command line, imported at the first call."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def _stand_ins() -> dict[str, types.ModuleType]:
    cli = types.ModuleType("spacy.cli", "stand-in while spaCy is imported (lean_spacy)")
    cli.__path__ = []  # a package, so that `spacy.cli.info` is looked up in sys.modules
    cli_info = types.ModuleType("spacy.cli.info", cli.__doc__)
    cli_info.info = info  # type: ignore[attr-defined]
    return {"spacy.cli": cli, "spacy.cli.info": cli_info}


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line if it is not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = _stand_ins()
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        return importlib.import_module("spacy")
    except (ImportError, AttributeError):
        _drop(stand_ins)
        return importlib.import_module("spacy")
    finally:
        _drop(stand_ins)


def _drop(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


import_spacy()
