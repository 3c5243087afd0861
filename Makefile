# Two commands on a fresh clone: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench corpus eval rules-report train docs report clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## extract the reference document (fixtures/) into output/latest
	$(PY) -m pipeline run

report: $(STAMP)  ## HTML report of output/latest (run first if none): output/versions/<v>/report.html
	test -e output/latest || $(PY) -m pipeline run
	$(PY) -m pipeline report

test: lint  ## lint and type-check, then the whole test suite
	$(PY) -m pytest -q

lint: $(STAMP)  ## ruff (style and errors) and mypy (types)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

bench: $(STAMP)  ## speed and memory, on the reference document and ../shared/corpus if present
	$(PY) bench/run_bench.py

eval: $(STAMP)  ## scores on every hand label present (../shared/gold, fixtures/gold), one table
	$(PY) -m pipeline.evaluation eval

rules-report: $(STAMP)  ## per named rule: facts, readings, losses, overlaps and conflicts over the corpus; precision and recall on the labels
	$(PY) -m pipeline.evaluation rules-report

train: $(STAMP)  ## the learned membership reader: cross-validate on the labels, write model and card
	$(PY) -m pipeline.learned train

docs: $(STAMP)  ## docs/data-dictionary.md from the schemas and a run of the reference document
	$(PY) -m pipeline docs

corpus: $(STAMP)  ## robustness run over ../shared/corpus into output-corpus/
	$(PY) -m pipeline run --output output-corpus ../shared/corpus

clean:
	rm -rf $(VENV) output/versions output/latest output/.lock
