"""`--executor dask`: documents extracted on a Dask cluster give the same tables as this process."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.conftest import CORPUS, REFERENCE
from tests.documents import good_document

pytest.importorskip("distributed", reason="Dask is not installed (the `cluster` extra)")

#: a few corpus documents, the smallest, when the corpus is present
CORPUS_DOCS = 3


def _inputs(folder: Path) -> Path:
    """Small documents in both formats, the reference document, one unreadable file, and a few
    corpus documents when the corpus is present."""
    folder.mkdir()
    for country in ("Chile", "Peru"):
        good_document(folder, country)
    (folder / REFERENCE.name).write_bytes(REFERENCE.read_bytes())
    wiki = REFERENCE.parent / "Foreign_relations_of_Azerbaijan_excerpt.wiki"
    (folder / "Foreign_relations_of_Georgia.wiki").write_bytes(wiki.read_bytes())
    (folder / "Foreign_relations_of_Chad.md").write_bytes(b"Caf\xe9 in N'Djamena\n")
    if CORPUS.is_dir():
        docs = sorted(CORPUS.glob("Foreign_relations_of_*.md"), key=lambda p: p.stat().st_size)
        for doc in docs[:CORPUS_DOCS]:
            if not (folder / doc.name).exists():
                (folder / doc.name).write_bytes(doc.read_bytes())
    return folder


def test_a_local_cluster_publishes_the_same_tables_as_one_process(tmp_path, capsys):
    """Byte for byte, every table; the unreadable document skipped with the same one line."""
    docs = _inputs(tmp_path / "docs")
    said = {}
    runs = {"here": ["--workers", "0"], "dask": ["--executor", "dask", "--workers", "2"]}
    for name, options in runs.items():
        code = main(["run", "--output", str(tmp_path / name), "--quiet", *options, str(docs)])
        err = capsys.readouterr().err
        assert code == 1, err  # the unreadable document
        said[name] = [line for line in err.splitlines() if line.startswith("skipped:")]
    assert said["dask"] == said["here"]
    assert len(said["dask"]) == 1 and "Foreign_relations_of_Chad.md:1: not UTF-8" in said["dask"][0]
    tables = sorted(p.name for p in (tmp_path / "here" / "latest").glob("*.parquet"))
    assert "relations.parquet" in tables
    assert tables == sorted(p.name for p in (tmp_path / "dask" / "latest").glob("*.parquet"))
    for table in tables:
        here = (tmp_path / "here" / "latest" / table).read_bytes()
        assert (tmp_path / "dask" / "latest" / table).read_bytes() == here, table


def test_a_document_over_its_time_limit_is_skipped_and_the_run_goes_on(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / REFERENCE.name).write_bytes(REFERENCE.read_bytes())
    options = ["--executor", "dask", "--workers", "1", "--doc-timeout", "0.001"]
    code = main(["run", "--output", str(tmp_path / "out"), "--quiet", *options, str(docs)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"skipped: {docs / REFERENCE.name}: took longer than 0.001 s to extract" in err


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("pipeline.dask_executor.CONNECT_SECONDS", 0.5)
    docs = tmp_path / "docs"
    good_document(docs)
    options = ["--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    code = main(["run", "--output", str(tmp_path / "out"), *options, str(docs)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert len(err.strip().splitlines()) == 1


def test_without_dask_the_error_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        "importlib.util.find_spec", lambda name, *a: None if name == "distributed" else real(name)
    )
    docs = tmp_path / "docs"
    good_document(docs)
    code = main(["run", "--output", str(tmp_path / "out"), "--executor", "dask", str(docs)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "error: --executor dask needs Dask, not installed: pip install "
        "'foreign-relations-pipeline[cluster]' (or 'dask[distributed]')"
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --executor dask"),
        (["--executor", "dask", "--workers", "0"], "--workers 0 extracts in this process"),
        (
            ["--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
            "--workers sizes a local cluster",
        ),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(tmp_path, capsys, options, message):
    docs = tmp_path / "docs"
    good_document(docs)
    assert main(["run", "--output", str(tmp_path / "out"), *options, str(docs)]) == 2
    assert message in capsys.readouterr().err


def test_a_worker_running_other_code_is_refused() -> None:
    """A worker whose code fingerprint differs would publish other facts under this
    version's fingerprint: the run stops with one line instead."""
    from pipeline.dask_executor import ClusterUnavailable, _warm_up
    from pipeline.versions import code_fingerprint

    class Done:
        status = "finished"

        def __init__(self, value: str) -> None:
            self.value = value

        def result(self) -> str:
            return self.value

        def done(self) -> bool:
            return True

    class Cluster:
        def __init__(self, answers: dict[str, str]) -> None:
            self.answers = answers

        def nthreads(self) -> dict[str, int]:
            return dict.fromkeys(self.answers, 1)

        def submit(self, fn, *, workers, **kwargs):  # type: ignore[no-untyped-def]
            return Done(self.answers[workers[0]])

        def gather(self, futures, errors):  # type: ignore[no-untyped-def]
            return [f.result() for f in futures]

    mine = code_fingerprint()
    _warm_up(Cluster({"tcp://a:1": mine, "tcp://b:1": mine}))  # type: ignore[arg-type]
    with pytest.raises(ClusterUnavailable, match="tcp://b:1 runs other pipeline code"):
        _warm_up(Cluster({"tcp://a:1": mine, "tcp://b:1": "0" * 64}))  # type: ignore[arg-type]
