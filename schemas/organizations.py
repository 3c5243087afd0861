"""The `organizations` table: the registry `org_id` refers to, published with every version so
that memberships and roles join on it without reading the code."""

from __future__ import annotations

from schemas.columns import Check, Col, TableSpec, one_of

ORG_KINDS = (
    "intergovernmental-organization",
    "un-body",
    "financial-institution",
    "military-alliance",
    "economic-bloc",
    "treaty-regime",
    "forum-or-group",
    "non-governmental",
    "former",
    "peacekeeping-mission",
    "treaty",
)

ORGANIZATIONS = TableSpec(
    name="organizations",
    version=2,
    doc="Every organization the pipeline knows, one row each (pipeline/knowledge/data/"
    "organizations.csv): what memberships.org_id and organization_roles.org_id refer to.",
    columns=(
        Col(
            "org_id",
            "str",
            checks=(Check.str_matches(r"^[A-Za-z0-9][A-Za-z0-9 +\-]*$"),),
            doc="the identifier analysts use: the common acronym (WTO, CoE), else a short name "
            "(Commonwealth, Visegrad Group)",
        ),
        Col("acronym", "str", nullable=True, doc="the common acronym, where there is one"),
        Col("full_name", "str", doc="the full official English name"),
        Col(
            "kind",
            "str",
            checks=(one_of(ORG_KINDS),),
            doc="intergovernmental-organization, un-body, financial-institution, "
            "military-alliance, economic-bloc, treaty-regime, forum-or-group, non-governmental, "
            "former (defunct), peacekeeping-mission (states take part, they are not members), "
            "treaty (states are parties)",
        ),
        Col(
            "aliases",
            "list_str",
            doc="other written forms the text may use: spellings, former names, translations, "
            "the CIA World Factbook's abbreviation (WTrO for WTO)",
        ),
        Col(
            "factbook",
            "str",
            nullable=True,
            doc="the CIA World Factbook's token for it in participation lists (CE, C, WTrO)",
        ),
        Col("source", "str", doc="where the entry comes from"),
        Col(
            "qid",
            "str",
            nullable=True,
            checks=(Check.str_matches(r"^Q[1-9][0-9]*$"),),
            doc="the organization's Wikidata item (pipeline/knowledge/data/"
            "organization_qids.csv: matched by name in published lists of international "
            "bodies with their Wikidata codes); null where none was matched (never guessed)",
        ),
    ),
    unique=("org_id",),
    sort=("org_id",),
)


STATES = TableSpec(
    name="states",
    version=1,
    doc="Every state and territory a country column (*_iso3) may name, one row each, with "
    "the identifiers other datasets join on: its Correlates of War and Gleditsch-Ward codes "
    "(today's) and its Wikidata item. Published with every version, as organizations is.",
    columns=(
        Col(
            "state_iso3",
            "str",
            checks=(Check.str_matches(r"^[A-Z]{3}$"),),
            doc="ISO 3166-1 alpha-3 code (XKX for Kosovo; ISO 3166-3 for a former state: SUN, CSK)",
        ),
        Col("name", "str", doc="short English name"),
        Col(
            "qid",
            "str",
            nullable=True,
            checks=(Check.str_matches(r"^Q[1-9][0-9]*$"),),
            doc="the state's Wikidata item (pipeline/knowledge/data/state_qids.csv, from "
            "Wikidata via two public lists checked against each other: Germany Q183, the "
            "Netherlands Q55; a former state's is the item of the state under that name, the "
            "GDR Q16957, Zaire Q6500954, and only TMP shares an item, Timor-Leste's Q574, with "
            "TLS); null where none was checked",
        ),
    ),
    unique=("state_iso3",),
    sort=("state_iso3",),
)
