"""Every version carries a Frictionless `datapackage.json` that `frictionless validate` reads
with its Parquet tables, and that the manifest covers like the tables."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.datapackage import DATAPACKAGE
from pipeline.versions import latest_version, read_manifest, verify_version
from schemas import TABLES
from schemas.constraints import allowed
from tests.reference_run import reference_latest, reference_root


def frictionless_validate(package: Path) -> tuple[int, dict]:
    """`frictionless validate --json` on the package, as a user would run it."""
    done = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", package.name],
        cwd=package.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, json.loads(done.stdout)


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the reference run's output folder, to change."""
    target = tmp_path / "output"
    shutil.copytree(reference_root() / "output", target, symlinks=True)
    return target


def test_frictionless_validates_the_published_package_and_reads_every_row():
    latest = reference_latest()
    code, report = frictionless_validate(latest / DATAPACKAGE)
    assert code == 0 and report["valid"], [t["errors"][:2] for t in report["tasks"]]
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    rows = {task["name"]: task["stats"].get("rows", 0) for task in report["tasks"]}
    assert rows == {name: entry["rows"] for name, entry in manifest["tables"].items()}


def test_a_package_the_data_breaks_is_invalid(copied):
    version = copied / "latest"
    package = json.loads((version / DATAPACKAGE).read_text(encoding="utf-8"))
    missions = next(r for r in package["resources"] if r["name"] == "missions")
    kind = next(f for f in missions["schema"]["fields"] if f["name"] == "kind")
    kind["constraints"]["enum"] = ["consulate"]  # the reference run has embassies
    (version / DATAPACKAGE).write_text(json.dumps(package), encoding="utf-8")
    code, report = frictionless_validate(version / DATAPACKAGE)
    assert code != 0 and not report["valid"]
    broken = {t["name"] for t in report["tasks"] if not t["valid"]}
    assert broken == {"missions"}


def test_the_package_describes_every_table_and_field():
    latest = reference_latest()
    package = json.loads((latest / DATAPACKAGE).read_text(encoding="utf-8"))
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    assert package["version"] == manifest["version"]
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(manifest["tables"])
    for name, resource in resources.items():
        spec = TABLES[name]
        assert resource["path"] == f"{name}.parquet" and resource["format"] == "parquet"
        assert resource["hash"] == f"sha256:{manifest['tables'][name]['sha256']}"
        schema = resource["schema"]
        assert schema.get("primaryKey", []) == list(spec.unique)
        assert [f["name"] for f in schema["fields"]] == spec.names
        pandera = spec.pandera()
        for field, col in zip(schema["fields"], spec.columns, strict=True):
            assert field["description"] == col.doc
            constraints = field.get("constraints", {})
            assert constraints.get("required", False) is not col.nullable
            values = allowed(pandera.columns[col.name]).values
            assert constraints.get("enum", []) == list(values)
    assert resources["missions"]["schema"]["foreignKeys"][0]["reference"]["resource"] == (
        "documents"
    )


def test_the_manifest_covers_the_package(copied):
    version = latest_version(copied)
    assert version is not None
    manifest, damaged = verify_version(copied, version)
    assert DATAPACKAGE in manifest["files"] and damaged == []
    (copied / "latest" / DATAPACKAGE).write_text("{}\n", encoding="utf-8")
    assert verify_version(copied, version)[1] == [DATAPACKAGE]
    (copied / "latest" / DATAPACKAGE).unlink()
    assert verify_version(copied, version)[1] == [DATAPACKAGE]


def test_a_rerun_keeps_an_intact_package_and_replaces_a_damaged_one(copied):
    before = latest_version(copied)
    assert _run(copied) == 0 and latest_version(copied) == before  # unchanged: nothing to write
    (copied / "latest" / DATAPACKAGE).write_text("{}\n", encoding="utf-8")
    assert _run(copied) == 0
    after = latest_version(copied)
    assert after is not None and after != before
    manifest = read_manifest(copied, after)
    assert manifest["changes_unknown"] == [] and manifest["changes"] == {}
    assert verify_version(copied, after)[1] == []
    assert json.loads((copied / "latest" / DATAPACKAGE).read_text())["version"] == after


def _run(output: Path) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(["run", "--output", str(output), "--quiet", "--workers", "0"])


def test_the_package_of_a_run_with_history_validates(tmp_path):
    from tests.dumps import Page, export_xml

    texts = [
        "== Africa ==\nKenya has an embassy in Addis Ababa.\n",
        "== Africa ==\nKenya has an embassy in Addis Ababa.\nKenya has an embassy in Lima.\n",
    ]
    page = Page(
        "Foreign relations of Kenya",
        11,
        [(1000 + i, f"2020-0{i + 1}-01T00:00:00Z", t) for i, t in enumerate(texts)],
    )
    dump = tmp_path / "pages.xml"
    dump.write_text(export_xml([page]), encoding="utf-8")
    out = tmp_path / "output"
    args = ["run", "--workers", "0", "--quiet", "--output", str(out), "--revisions", "all"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main([*args, str(dump)]) == 0
    package = json.loads((out / "latest" / DATAPACKAGE).read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"revisions", "fact_history", "fact_revisions"} <= names
    code, report = frictionless_validate(out / "latest" / DATAPACKAGE)
    assert code == 0 and report["valid"], [t["errors"][:2] for t in report["tasks"]]
    rows = {task["name"]: task["stats"].get("rows", 0) for task in report["tasks"]}
    assert rows["revisions"] == 2 and rows["fact_history"] > 0


def test_the_package_names_its_licence_and_sources():
    from pipeline.datapackage import descriptor

    package = descriptor({"documents": ("documents.parquet", "0" * 64)}, "v1")
    (licence,) = package["licenses"]
    assert licence["name"] == "CC-BY-SA-4.0"
    assert licence["path"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    titles = " ".join(s["title"] for s in package["sources"])
    for source in ("Wikipedia", "Correlates of War", "Wikidata", "MIT"):
        assert source in titles
    assert all(r["licenses"] == [licence] for r in package["resources"])
