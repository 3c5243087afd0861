"""The fact families of one document, run in the order their declarations give.

Each family of `schemas.families` has one step: a function of what the layers below give every
family and of what it declares it `requires` from other families, returning what it declares it
`assigns`. The runner calls the steps in `run_order`, hands each only what it requires
(`Made.get` refuses anything else) and checks that it returned exactly what it assigns, so no
step fills in another's value behind its back and no result depends on the order helpers
happen to be called in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from schemas.families import FAMILIES, GIVEN, Family, run_order

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
G = TypeVar("G")


class StepError(RuntimeError):
    """A step broke its declaration: a bug in the code, never in the input."""


@dataclass(frozen=True, slots=True)
class Key(Generic[T_co]):
    """The name of a thing a family assigns (`schemas.families`), with the type of its value."""

    name: str


class Made:
    """What the families run so far have made, as one step may see it: only what it requires."""

    def __init__(self, family: str, values: Mapping[str, object], allowed: set[str]) -> None:
        self._family = family
        self._values = values
        self._allowed = allowed

    def get(self, key: Key[T]) -> T:
        if key.name not in self._allowed:
            raise StepError(f"{self._family} reads {key.name!r}, which it does not require")
        return cast(T, self._values[key.name])


#: a family's step: the document's given inputs and what it requires -> what it assigns
Step = Callable[[G, Made], Mapping[str, object]]


def run_families(
    steps: Mapping[str, Step[G]], given: G, families: tuple[Family, ...] = FAMILIES
) -> dict[str, object]:
    """Everything every family assigns, each step run once in the declared dependencies' order."""
    made: dict[str, object] = {}
    order = run_order(families)
    if len(order) != len(families) or set(steps) != {f.name for f in families}:
        raise StepError("the families' steps do not match their declarations")
    for family in order:
        needs = {name for name in family.requires if name not in GIVEN}
        out = steps[family.name](given, Made(family.name, made, needs))
        if set(out) != set(family.assigns):
            raise StepError(
                f"{family.name} assigned {sorted(out)}, declared {sorted(family.assigns)}"
            )
        made.update(out)
    return made
