"""The gate never refuses a sentence a rule's pattern would read: for every declared rule, text
drawn from its own pattern (hypothesis) opens its gate in the engine's single gate pass."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.engine.gate import opens
from pipeline.rules import RULES
from tests.conftest import extractors


@pytest.mark.parametrize("name", [r.name for r in RULES])
def test_gate_opens_on_whatever_the_pattern_reads(name):
    engine = extractors().engine
    (compiled,) = [c for c in engine._compiled if c.rule.name == name]

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(st.from_regex(compiled.pattern))
    def check(text: str) -> None:
        assert compiled.pattern.search(text)
        assert opens(compiled.rule.needs, engine.gate.opened(text)), text

    check()
