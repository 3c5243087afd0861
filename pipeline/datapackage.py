"""A version's Frictionless Data Package descriptor (`datapackage.json`): its Parquet tables with
their fields, types, descriptions and constraints, so that `frictionless validate` and other
open-data tools read a version without this code.

Made from the same table declarations as the pandera schemas and the Parquet files
(`schemas.tables`). List columns are declared `any`: frictionless (5.x) reads a Parquet list as
a NumPy array, which its `array` type refuses; their Parquet type is kept in `parquetType`.
Empty strings are values, not missing ones (`missingValues: []`): only a null is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyarrow

from schemas import TABLES
from schemas.constraints import ISO3_PATTERN, allowed
from schemas.names import FACT_TABLES

DATAPACKAGE = "datapackage.json"
NAME = "foreign-relations-facts"
TITLE = "Foreign relations facts"
DESCRIPTION = (
    "Facts read from 'Foreign relations of <country>' articles (relations, missions, "
    "recognitions, memberships, claims, references), each with the document, line, rule and "
    "evidence it was read from. A fact absent from an article is not stated, not false."
)
#: the facts are drawn from Wikipedia's articles: they share the articles' licence
CC_BY_SA = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution-ShareAlike 4.0 International: the facts are "
    "drawn from Wikipedia articles (credit Wikipedia's authors; documents.url names each "
    "article); the code that read them is under the MIT licence (see sources)",
}
#: where the facts and the codes beside them come from
SOURCES = [
    {
        "title": "Wikipedia (English): 'Foreign relations of <country>' articles, each named "
        "with its URL and, where known, its revision in the documents table (CC BY-SA 4.0)",
        "path": "https://en.wikipedia.org/",
    },
    {
        "title": "Correlates of War Project, State System Membership List, v2016: COW state "
        "codes (*_cow, ccode1, ccode2) and the spells of state system membership",
        "path": "https://correlatesofwar.org/data-sets/state-system-membership/",
    },
    {
        "title": "Correlates of War Project, Diplomatic Exchange data set v2006.1 codebook: "
        "the coding of the dyads' DR_at_1, DR_at_2 and DE columns",
        "path": "https://correlatesofwar.org/data-sets/diplomatic-exchange/",
    },
    {
        "title": "Gleditsch and Ward's list of independent states (via country_converter): "
        "GW state codes (*_gw)",
        "path": "https://github.com/IndEcol/country_converter",
    },
    {
        "title": "Wikidata (CC0): the identifiers (QIDs) of states and organizations",
        "path": "https://www.wikidata.org/",
    },
    {
        "title": "CIA World Factbook, Appendix B, International Organizations and Groups "
        "(public domain): the organization registry's Factbook abbreviations",
        "path": "https://www.cia.gov/the-world-factbook/",
    },
    {
        "title": "foreign-relations-pipeline, the code that read the facts and derived the "
        "tables (MIT licence)",
        "path": "https://opensource.org/license/mit",
    },
]
#: Table Schema types of the column kinds of `schemas.spec`
FIELD_TYPES = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "date": "date",
    "bool": "boolean",
    "list_str": "any",
    "list_int": "any",
}


def descriptor(files: Mapping[str, tuple[str, str]], version: str) -> dict[str, Any]:
    """The package of one version; `files` maps each table to its file name and sha256."""
    resources = [
        _resource(name, file, sha256, has_documents="documents" in files)
        for name, (file, sha256) in sorted(files.items(), key=lambda i: _order(i[0]))
    ]
    return {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "licenses": [CC_BY_SA],
        "sources": SOURCES,
        "resources": resources,
    }


def _order(name: str) -> tuple[int, str]:
    names = list(TABLES)
    return (names.index(name) if name in names else len(names), name)


def _resource(name: str, file: str, sha256: str, *, has_documents: bool) -> dict[str, Any]:
    spec = TABLES[name]
    schema = spec.pandera()
    arrow = spec.arrow()
    fields = []
    for col in spec.columns:
        fields.append(_field(col.name, col.kind, schema.columns[col.name], arrow.field(col.name)))
    table_schema: dict[str, Any] = {"fields": fields, "missingValues": []}
    if spec.unique:
        table_schema["primaryKey"] = list(spec.unique)
    if has_documents and name in FACT_TABLES and name != "documents":
        # only facts of this version: `changes` and the history tables name past documents too
        table_schema["foreignKeys"] = [
            {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}
        ]
    return {
        "name": name,
        "path": file,
        "profile": "tabular-data-resource",
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "hash": f"sha256:{sha256}",
        "description": spec.doc,
        "licenses": [CC_BY_SA],
        "schema": table_schema,
    }


def _field(name: str, kind: str, column: Any, arrow: pyarrow.Field) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": FIELD_TYPES[kind]}
    if column.description:
        out["description"] = column.description
    if column.metadata and column.metadata.get("wikidata"):
        out["wikidata"] = column.metadata["wikidata"]
    if out["type"] == "any":
        out["parquetType"] = str(arrow.type)
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    rules = allowed(column)
    if rules.values:
        constraints["enum"] = list(rules.values)
    if rules.pattern:
        constraints["pattern"] = rules.pattern.removeprefix("^").removesuffix("$")
    elif rules.codes and kind == "str":
        constraints["pattern"] = ISO3_PATTERN
    if rules.minimum is not None:
        constraints["minimum"] = rules.minimum
    if constraints:
        out["constraints"] = constraints
    return out
