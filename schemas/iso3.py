"""The ISO 3166 alpha-3 codes a country column may hold, importable without pandas or pandera:
the workers check codes too, and they need neither."""

from __future__ import annotations

from functools import cache

import pycountry

#: Kosovo: the user-assigned code the EU, IMF and World Bank use
USER_ASSIGNED_ISO3 = frozenset({"XKX"})


@cache
def iso3_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of today, and Kosovo's."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | USER_ASSIGNED_ISO3


@cache
def historic_iso3_codes() -> frozenset[str]:
    """ISO 3166-3 alpha-3 codes of former states (SUN for the Soviet Union, YUG, CSK, DDR)."""
    return frozenset(c.alpha_3 for c in pycountry.historic_countries)
