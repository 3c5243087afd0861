"""Pickling that keeps a compiled regular expression compiled.

`pickle` stores an `re.Pattern` as its source and flags, and unpickling compiles it again: the
set-up cache's 362 patterns (the spotter's, the vocabulary's, the rules') cost every run some
0.4 s of compiling. `dumps` stores each pattern with the code `re` compiled it to as well, and
unpickling hands that code to `_sre.compile`, the last step of `re.compile`, in milliseconds.
The code belongs to the `re` engine that made it: a pattern whose engine (`_sre.MAGIC`, the
code size) is not the loading one's is compiled from its source, as plain pickling would.
"""

from __future__ import annotations

import array
import importlib
import io
import pickle
import re
from typing import Any

#: CPython's regular-expression engine and the compiler of `re` (private, without stubs)
_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
#: an array type holding one code word per item
_WORD = "I" if array.array("I").itemsize == _sre.CODESIZE else "L"


def dumps(value: object) -> bytes:
    """`pickle.dumps(value)`, its regular expressions stored with their compiled code."""
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern:
            parts = _parts(obj)
            if parts is not None:
                return _rebuilt, parts
        return NotImplemented


def _parts(pattern: re.Pattern[Any]) -> tuple[object, ...] | None:
    """What `_sre.compile` rebuilds `pattern` from (as `re._compiler.compile` calls it), or
    None when the rebuilt pattern would not equal it (then it is pickled as usual)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    code = _compiler._code(parsed, pattern.flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    parts = (
        pattern.pattern,
        pattern.flags | parsed.state.flags,
        _sre.MAGIC,
        _sre.CODESIZE,
        array.array(_WORD, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return parts if _rebuilt(*parts) == pattern else None


def _rebuilt(
    source: str | bytes,
    flags: int,
    magic: int,
    codesize: int,
    code: bytes,
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[Any]:
    """The pattern from its compiled code; from its source under another engine."""
    if magic != _sre.MAGIC or codesize != _sre.CODESIZE:
        return re.compile(source, flags)
    words = array.array(_WORD)
    words.frombytes(code)
    compiled: re.Pattern[Any] = _sre.compile(
        source, flags, words.tolist(), groups, groupindex, indexgroup
    )
    return compiled
