# The two commands: `make demo` and `make test`. Both set everything up first.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: install demo test lint bench bench-corpus train clean eval-real lock test-install fuzz

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Exact versions from requirements.lock, then pantau itself; `make lock` renews the lock.
LOCK := requirements.lock

$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/pip install -q -r $(LOCK)
	$(BIN)/pip install -q --no-deps -e .
	touch $@

lock: | $(BIN)/python
	$(BIN)/pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra spark --python-version 3.11 -o $(LOCK)

$(VENV)/.system-deps: scripts/system-deps.sh | $(BIN)/python
	sh scripts/system-deps.sh
	touch $@

install: $(STAMP)

demo: install
	$(BIN)/pantau run --db pantau.db --report report
	@echo "store: pantau.db   report: report/index.html"

lint: install
	$(BIN)/ruff check src tests bench training fuzz scripts
	$(BIN)/ruff format --check src tests bench training fuzz scripts

test: lint $(VENV)/.system-deps
	$(BIN)/pytest
	$(BIN)/pantau eval --gold gold/seeds.jsonl --floors gold/floors.json
	for set in gold/dev-*/; do \
		[ -f "$$set/gold.jsonl" ] || continue; \
		echo "== $$set"; \
		$(BIN)/pantau eval --gold "$$set/gold.jsonl" --floors "$$set/floors.json" || exit 1; \
	done
	$(MAKE) test-install

# A plain `pip install .` into a fresh venv starts the CLI (about two minutes; the end of make test).
test-install: install
	PANTAU_TEST_INSTALL=1 $(BIN)/pytest tests/test_install.py

# Real crawled pages in ../shared/real-dev, scored against floors kept here (measurement only).
REAL_DEV := ../shared/real-dev
eval-real: install
	$(BIN)/pantau eval --gold $(REAL_DEV)/gold.jsonl --floors gold/real-dev-floors.json

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,bench]'
	touch $@

bench: install $(VENV)/.installed-bench
	$(BIN)/python bench/collect.py

# The corpus stages up to a million stored articles (hours; kept out of make bench and CI).
bench-corpus: install
	$(BIN)/python bench/bench_corpus.py 10000 100000 1000000

# Coverage-guided fuzzing (atheris) of readers and text finders, FUZZ_SECONDS per target;
# a crash input lands in fuzz/crashes/ and becomes a regression test.
FUZZ_SECONDS ?= 120
$(VENV)/.installed-fuzz: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,fuzz]'
	touch $@

fuzz: install $(VENV)/.installed-fuzz
	mkdir -p fuzz/crashes
	for target in fuzz/fuzz_*.py; do \
		$(BIN)/python $$target -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 \
			-artifact_prefix=fuzz/crashes/ || exit 1; \
	done

$(VENV)/.installed-train: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,train]'
	touch $@

train: install $(VENV)/.installed-train
	$(BIN)/python -m training.ner

clean:
	rm -rf pantau.db pantau.db-wal pantau.db-shm report
