"""Knowledge of the world, below every stage: gazetteer, names in other languages,
organizations, the vocabulary the rules read and the state codes other datasets join on.

`load_knowledge()` builds it once per process from the packages and `data/`; every stage takes
it as an argument, so a test can pass a small one of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pipeline.knowledge.codes import CountryCodes
from pipeline.knowledge.foreign import ForeignNames
from pipeline.knowledge.gazetteer import Gazetteer, build_gazetteer
from pipeline.knowledge.organizations import Registry
from pipeline.knowledge.vocabulary import Vocabulary


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    organizations: Registry
    vocabulary: Vocabulary
    codes: CountryCodes = field(default_factory=CountryCodes.from_data)

    @cached_property
    def foreign(self) -> ForeignNames:
        """Country names in other languages (built on first use: only footnotes need it)."""
        return ForeignNames(self.gazetteer)


def load_knowledge() -> Knowledge:
    """Everything from the packages and data files (a second or so: call it once)."""
    return Knowledge(build_gazetteer(), Registry.from_data(), Vocabulary.from_data())
