# The two commands: `make run` (demo site on http://127.0.0.1:8000) and `make test` (the whole suite);
# `make serve` is the production stack on this machine, `make bench` measures it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
export TEST_DATABASE_URL
# axe-core for the browser tests, from the npm registry into var/ (gitignored); the tests read AXE_CORE_JS.
AXE_CORE_VERSION := 4.14.1
AXE_CORE_DIR := var/node/axe-core-$(AXE_CORE_VERSION)
AXE_CORE_JS := $(CURDIR)/$(AXE_CORE_DIR)/node_modules/axe-core/axe.min.js
export AXE_CORE_JS

.PHONY: run test lint format check test-sqlite test-plugin test-postgres install install-dev clean bench \
	debian-pdf browser-tools messages serve debian-bench

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/activate
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/activate
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime debian-pdf
install-dev: $(VENV)/.dev debian-pdf

## Debian packages, installed only when missing: WeasyPrint's libraries; Chromium and npm for the browser tests.
debian-pdf:
	@tools/ensure_debian_packages.sh pdf

browser-tools: $(AXE_CORE_JS)

## Compiled translations (.mo, gitignored) from the committed .po files; fails on a broken catalogue (CI gate).
messages: $(VENV)/.runtime
	@tools/ensure_debian_packages.sh i18n
	$(PY) manage.py compilemessages --ignore=.venv --ignore=var --ignore=node_modules

$(AXE_CORE_JS):
	@tools/ensure_debian_packages.sh browser
	@if command -v npm >/dev/null; then \
		npm install --prefix $(AXE_CORE_DIR) --no-save --no-audit --no-fund --loglevel=error axe-core@$(AXE_CORE_VERSION); \
	fi

## make run: install, migrate, load the demo into an empty database, serve on 127.0.0.1:$(PORT)
## (the mails link there too: WAGTAILADMIN_BASE_URL follows PORT unless set).
run: install messages
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo --if-empty
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}" \
		tools/mit_pdf_worker.sh $(PY) manage.py runserver 127.0.0.1:$(PORT)

## --- make serve and make bench (production stack on this machine) ---
# The background worker of the PDF queue (django-tasks-db), run beside the server by make run and make serve;
# it reloads on code changes where DEBUG is on (make run). PDF_WORKER= runs the server alone.
PDF_WORKER ?= $(PY) manage.py db_worker --backend pdf --interval 1
export PDF_WORKER

## make serve: production settings, collectstatic, migrate, the demo into an empty database, gunicorn
## (site/deploy/gunicorn.conf.py) and the PDF worker on 127.0.0.1:$(PORT); DATABASE_URL and REDIS_URL when set.
serve: install messages
	PORT=$(PORT) tools/serve.sh

## make bench: the production server under wrk, each page as a ratio to a constant view of the same bytes, warm and
## cold, queries per page, PDF build time (bench/run.py; BENCH_SEKUNDEN, BENCH_RUNDEN, BENCH_PORT).
bench: install messages debian-bench
	$(PY) -m bench.run

debian-bench:
	@tools/ensure_debian_packages.sh bench
## --- end of make serve and make bench ---

## make test: lint, Django checks, the suite on SQLite, the plugin in a second project, the suite on PostgreSQL.
test: install-dev lint check test-sqlite test-plugin test-postgres

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install-dev messages
	DJANGO_SETTINGS_MODULE=itkonzept.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=itkonzept.settings.test $(PY) manage.py makemigrations --check --dry-run

test-sqlite: install-dev messages browser-tools
	TEST_DATABASE_URL=sqlite:///:memory: $(PY) -m pytest

test-plugin: install-dev messages
	$(PY) -m pytest tests/plugin_standalone -p no:cacheprovider --ds=tests.plugin_standalone.settings -o addopts=""

test-postgres: install-dev messages browser-tools
	@$(PY) tools/ensure_postgres.py; rc=$$?; \
	if [ $$rc -eq 0 ]; then $(PY) -m pytest; elif [ $$rc -ne 2 ]; then exit $$rc; fi

clean:
	rm -rf $(VENV) var db.sqlite3 db.sqlite3-shm db.sqlite3-wal locale/*/LC_MESSAGES/*.mo
