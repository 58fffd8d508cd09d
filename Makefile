# Two entry points on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# `make site` installs what building needs; `make test` adds the test tools and extras.
SITE_STAMP := $(VENV)/.installed-site
STAMP := $(VENV)/.installed
# npm writes this file on every install: node_modules follows package-lock.json.
NODE_STAMP := node_modules/.package-lock.json
# Test processes in parallel (pytest-xdist): one per core.
TEST_WORKERS ?= auto

.PHONY: site test serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(SITE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP): $(SITE_STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# The drawn timeline's library, from npm at setup time; the build copies it into the site.
$(NODE_STAMP): package.json package-lock.json
	bash scripts/ensure-npm
	npm ci --no-audit --no-fund --loglevel=error

site: $(SITE_STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs build --strict

serve: $(SITE_STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs serve

test: $(STAMP) $(NODE_STAMP)
	bash scripts/ensure-chromium
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadscope

clean:
	rm -rf site build .cache node_modules
