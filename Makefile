# Both targets build .venv themselves, so each works as the only command on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test venv clean schema bench notebooks check-install robustness

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

# A user's install: the wheel, in a fresh venv without extras, reads a .txt, .docx, .pdf
# and .html with `chitieu extract` (run by .ci/run after make test).
PLAIN := out/plain-install
check-install: $(STAMP)
	rm -rf $(PLAIN) && mkdir -p $(PLAIN)
	$(BIN)/pip wheel --no-deps -q -w $(PLAIN)/dist .
	$(PYTHON) -m venv $(PLAIN)/venv
	$(PLAIN)/venv/bin/pip install -q $(PLAIN)/dist/chitieu-*.whl
	PYTHONPATH=tests $(BIN)/python tests/robustness/plain_install.py write $(PLAIN)/docs
	cd $(PLAIN)/docs && ../venv/bin/chitieu extract a.txt b.docx c.pdf d.html -o targets.jsonl -q
	PYTHONPATH=tests $(BIN)/python tests/robustness/plain_install.py check $(PLAIN)/docs/targets.jsonl

# The long robustness run: 100,000 generated texts, 10,000 generated files, every
# fault scenario; the figures are printed and written to out/robustness.json.
robustness: $(STAMP)
	CHITIEU_ROBUSTNESS=long CHITIEU_ROBUSTNESS_REPORT=out/robustness.json \
		$(BIN)/python -m pytest tests/robustness -p no:cacheprovider

# Re-execute the notebooks from a clean kernel and save them with their outputs.
notebooks: $(STAMP)
	$(BIN)/python notebooks/run.py

schema: $(STAMP)
	$(BIN)/chitieu schema schemas/

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/archive.py
	$(BIN)/python benchmarks/shape.py --mb 1 4

clean:
	rm -rf $(VENV) out
