# Both targets build .venv themselves, so each works as the only command on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test venv clean schema bench notebooks

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e ".[test,dask,notebooks]"
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/chitieu extract corpora/ -o out/targets.jsonl
	$(BIN)/chitieu extract corpora/ -o out/targets.csv --quiet
	$(BIN)/chitieu summary out/targets.jsonl
	$(BIN)/chitieu extract corpora/ -o out/archive.duckdb
	$(BIN)/chitieu stats out/archive.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/python notebooks/run.py --check

# Re-execute the notebooks from a clean kernel and save them with their outputs.
notebooks: $(STAMP)
	$(BIN)/python notebooks/run.py

schema: $(STAMP)
	$(BIN)/chitieu schema schemas/

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/archive.py

clean:
	rm -rf $(VENV) out
