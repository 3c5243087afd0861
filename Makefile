# Two commands on a fresh clone: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench corpus clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## extract the reference document (fixtures/) into output/latest
	$(PY) -m pipeline run

test: $(STAMP)  ## lint, then the whole test suite
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

bench: $(STAMP)  ## speed and memory, on the reference document and ../shared/corpus if present
	$(PY) bench/run_bench.py

corpus: $(STAMP)  ## robustness run over ../shared/corpus into output-corpus/
	$(PY) -m pipeline run --output output-corpus ../shared/corpus

clean:
	rm -rf $(VENV) output/versions output/latest output/.lock
