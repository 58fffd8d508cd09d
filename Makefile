# Two entry points on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# npm writes this file on every install: node_modules follows package-lock.json.
NODE_STAMP := node_modules/.package-lock.json

.PHONY: site test serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The drawn timeline's library, from npm at setup time; the build copies it into the site.
$(NODE_STAMP): package.json package-lock.json
	bash scripts/ensure-npm
	npm ci --no-audit --no-fund --loglevel=error

site: $(STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP) $(NODE_STAMP)
	$(BIN)/mkdocs serve

test: $(STAMP) $(NODE_STAMP)
	bash scripts/ensure-chromium
	$(BIN)/python -m pytest

clean:
	rm -rf site build .cache node_modules
