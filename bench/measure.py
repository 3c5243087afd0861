"""Run one pipeline command in this process and print its wall time and peak memory as JSON."""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time

from pipeline.cli import main

started = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
seconds = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(
    json.dumps(
        {
            "code": code,
            "seconds": round(seconds, 2),
            "peak_mb": round(peak_mb, 1),
            "said": out.getvalue().strip().splitlines()[:1],
        }
    )
)
