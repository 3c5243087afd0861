"""Publish: the lookups and the manifest, and the new version made `latest`, unless its facts are
those of the latest version."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.run.config import RunConfig, RunReport
from pipeline.run.derive import country_codes
from pipeline.run.plan import Plan
from pipeline.versions import (
    Published,
    version_dir,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow

    from pipeline.document import Extractors
    from pipeline.publish import VersionWriter
    from pipeline.stream import Streamed


#: the tables a version publishes beside the facts, which depend on the knowledge alone
LOOKUPS = ("organizations", "states")


def lookup_tables(
    extractors: Extractors | None, previous: Path | None = None
) -> dict[str, pyarrow.Table]:
    """The lookups a new version publishes beside the facts (`organizations`, `states`),
    validated: they depend on the knowledge alone, so a run makes them while its workers
    extract, not after. `previous`: the folder of the latest version when it was made by this
    same code (`Prior.same_code`: the code fingerprint covers the knowledge's data files, and
    every table of it is intact) with the run's own knowledge; its lookups are then read back
    rather than built and validated again (written anew, they give the same files)."""
    import pyarrow.parquet as pq

    from pipeline.publish import conform, frame_table

    if previous is not None and all((previous / f"{n}.parquet").is_file() for n in LOOKUPS):
        return {n: conform(n, pq.read_table(previous / f"{n}.parquet")) for n in LOOKUPS}
    frames = {"organizations": _organizations(extractors), "states": _states(extractors)}
    return {name: frame_table(name, frame) for name, frame in frames.items()}


def reusable_lookups(config: RunConfig, plan: Plan) -> Path | None:
    """The latest version's folder when its lookups are this run's (`lookup_tables`)."""
    prior = plan.prior
    if config.extractors is not None or prior.current is None or not prior.same_code:
        return None
    return version_dir(config.output, prior.current)


def publish_version(
    config: RunConfig,
    plan: Plan,
    streamed: Streamed,
    writer: VersionWriter,
    report: RunReport,
    lookups: dict[str, pyarrow.Table] | None = None,
) -> bool:
    """Publish: the lookups (`lookup_tables`, made now unless given) and the manifest, unless
    the facts are those of the latest version; whether a version was published."""
    from pipeline.diff import counts_by_table

    prior = plan.prior
    report.rows = {n: c for n, c in writer.rows().items() if n != "changes"}
    fingerprint = _fingerprint(writer, list(report.rows))
    if prior.current and prior.same_code and prior.manifest.get("fingerprint") == fingerprint:
        # the same facts from the same code; after a code change the same facts are published
        # again, so that the next run can reuse them under the new code
        writer.discard()
        folder = version_dir(config.output, prior.current)
        report.published = Published(prior.current, folder, unchanged=True)
        return False
    report.changes = counts_by_table(streamed.changes)
    for name, table in (lookups or lookup_tables(config.extractors)).items():
        writer.write_table(name, table)  # validated
    report.published = writer.publish(_manifest(plan, streamed, report, fingerprint), fingerprint)
    return True


def _manifest(
    plan: Plan, streamed: Streamed, report: RunReport, fingerprint: str
) -> dict[str, object]:
    """The manifest of a new version (its tables' entries are added by the writer)."""
    prior = plan.prior
    kept = [
        {
            "doc_id": doc_id,
            "file_name": streamed.file_names[doc_id],
            "sha256": plan.sources[doc_id].sha256,
            "format": plan.sources[doc_id].format,
            "source": plan.info[doc_id].manifest_entry(),
        }
        if doc_id not in streamed.carried_over
        else _carried_input(doc_id, prior.manifest, streamed.carried_over[doc_id])
        for doc_id in streamed.kept
    ]
    return {
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "pipeline_version": __version__,
        "code_fingerprint": prior.code,
        "fingerprint": fingerprint,
        "previous": prior.current,
        "inputs": kept,
        "reused": report.reused,
        "skipped": report.skipped,
        "changes": report.changes,
        "carried_over": dict(sorted(report.carried_over.items())),
        "changes_unknown": sorted(
            d for d in prior.damaged if d in prior.manifest.get("tables", {})
        ),
        "revisions_key": plan.revisions_key,
    }


def _organizations(extractors: Extractors | None) -> pd.DataFrame:
    """The registry `org_id` refers to, published beside the facts: the run's own knowledge,
    or the data file when the run was given none."""
    from pipeline.knowledge.organizations import Registry
    from pipeline.organizations import organization_qids, organization_rows
    from pipeline.validate import validate_tables
    from schemas import TABLES

    registry = extractors.knowledge.organizations if extractors else Registry.from_data()
    frame = TABLES["organizations"].frame(organization_rows(registry, organization_qids()))
    return validate_tables({"organizations": frame})["organizations"]


def _states(extractors: Extractors | None) -> pd.DataFrame:
    """The states lookup (`pipeline.states`), validated."""
    from pipeline.states import state_rows
    from pipeline.validate import validate_tables
    from schemas import TABLES

    frame = TABLES["states"].frame(state_rows(country_codes(extractors)))
    return validate_tables({"states": frame})["states"]


def _carried_input(doc_id: str, manifest: dict, reason: str) -> dict[str, object]:
    """The manifest entry of a document whose previous facts were kept: the previous entry (the
    text those facts were read from: the next run sees the edited text as new and reads it),
    marked with why it was not read."""
    entry = next(
        (
            i
            for i in manifest.get("inputs", [])
            if isinstance(i, dict) and i.get("doc_id") == doc_id
        ),
        {"doc_id": doc_id},
    )
    return {**entry, "carried_over": reason}


def _fingerprint(writer: VersionWriter, names: list[str]) -> str:
    """Identity of a run's content: its tables' files (written in a fixed order and layout, so
    equal files mean equal tables)."""
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(f"{name}\t{writer.sha256(name)}\n".encode())
    return digest.hexdigest()
