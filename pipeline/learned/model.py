"""The shipped linear model: indicator weights, a bias and the threshold chosen for it.

Stored as JSON beside this module (`data/<name>.json`, written by `python -m pipeline.learned
train`), so that reading it needs no learning library and the file diffs as text. A score is
the logistic of the bias plus the weights of the candidate's features, summed in sorted order
and rounded to four decimals, so the same input gives the same score on any machine.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SCORE_DIGITS = 4
WEIGHT_DIGITS = 6


@dataclass(frozen=True)
class LinearModel:
    name: str
    bias: float
    weights: Mapping[str, float]
    #: scores at or above it are used; chosen by cross-validation at the precision floor
    threshold: float
    #: switched on: the cross-validation showed it adds recall at the floor in every fold
    enabled: bool
    info: Mapping[str, object] = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + math.fsum(self.weights.get(f, 0.0) for f in sorted(features))
        return round(_logistic(z), SCORE_DIGITS)

    def to_json(self) -> str:
        return (
            json.dumps(
                {
                    "name": self.name,
                    "enabled": self.enabled,
                    "threshold": self.threshold,
                    "bias": round(self.bias, WEIGHT_DIGITS),
                    "info": self.info,
                    "weights": {
                        f: round(w, WEIGHT_DIGITS)
                        for f, w in sorted(self.weights.items())
                        if round(w, WEIGHT_DIGITS) != 0.0
                    },
                },
                indent=0,
                sort_keys=True,
                ensure_ascii=False,
            )
            + "\n"
        )

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        return cls(
            name=str(data["name"]),
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            enabled=bool(data["enabled"]),
            info=dict(data.get("info") or {}),
        )


def model_path(name: str) -> Path:
    return DATA / f"{name}.json"


def load_model(name: str) -> LinearModel | None:
    """The shipped model `name`, or None when there is none."""
    path = model_path(name)
    if not path.is_file():
        return None
    return LinearModel.from_json(path.read_text(encoding="utf-8"))


def _logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
