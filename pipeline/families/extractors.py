"""What the families of a document are read and resolved with: what is built once per process
(`Extractors`), and each sentence's readings by the engine, once per document (`Read`)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.analysis.document import Analyzer
from pipeline.analysis.text import Sentence
from pipeline.engine import Engine, Resources, SentenceReadings, Where
from pipeline.extract.grammar import Grammar
from pipeline.extract.references import Identify, language_identifier
from pipeline.knowledge import Knowledge, load_knowledge
from pipeline.learned.reader import MembershipModelReader, load_reader
from pipeline.resolve.counterpart import CounterpartResolver
from pipeline.resolve.missions import MissionResolver
from pipeline.rules import DECIDERS, RULES
from schemas.iso3 import iso3_codes


@dataclass(frozen=True)
class Extractors:
    """Everything the stages need that is built once per process."""

    knowledge: Knowledge
    analyzer: Analyzer
    engine: Engine
    counterparts: CounterpartResolver
    mission_resolver: MissionResolver
    identify: Identify | None
    #: the learned reader that adds memberships the rules missed (None: switched off)
    learned: MembershipModelReader | None = None

    @classmethod
    def build(cls, knowledge: Knowledge | None = None, *, languages: bool = True) -> Extractors:
        knowledge = knowledge or load_knowledge()
        grammar = Grammar(knowledge)
        return cls(
            knowledge=knowledge,
            analyzer=Analyzer(knowledge),
            engine=Engine(RULES, DECIDERS, Resources(knowledge.vocabulary, grammar)),
            counterparts=CounterpartResolver(knowledge, grammar),
            mission_resolver=MissionResolver(knowledge.gazetteer, iso3_codes()),
            identify=language_identifier() if languages else None,
            learned=load_reader(knowledge),
        )


class Read:
    """Each sentence of a document read once by the engine, for every family that asks."""

    def __init__(self, engine: Engine, subject: str | None) -> None:
        self._engine = engine
        self._subject = subject
        self._done: dict[tuple[int, bool], SentenceReadings] = {}
        self._parts: dict[tuple[str, str], SentenceReadings] = {}
        #: where a sentence stands, in a row or not (made once, not once per sentence)
        self._where = {in_row: Where(in_row=in_row, subject=subject) for in_row in (False, True)}

    def __call__(self, sentence: Sentence, *, in_row: bool = False) -> SentenceReadings:
        key = (id(sentence), in_row)
        if key not in self._done:
            self._done[key] = self._engine.read(sentence, self._where[in_row])
        return self._done[key]

    def part(self, text: str, part: str) -> SentenceReadings:
        """A text of a row that is not a sentence of it (its began cell, its column's header),
        read once per document whatever the number of rows that share it."""
        key = (text, part)
        if key not in self._parts:
            where = Where(subject=self._subject, part=part)
            self._parts[key] = self._engine.read(Sentence.of(text, 0, ()), where)
        return self._parts[key]
