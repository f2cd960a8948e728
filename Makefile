# Two commands for a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings
# The suite runs on every core with pytest-xdist. Each worker has its own test database (pytest-django
# suffixes its name) and, for the browser tests, its own gunicorn, port, temp directory and Chromium
# (tests/browser/conftest.py). `--dist load` hands tests out in collection order, in batches: the
# browser tests, collected last, reach a worker after its server has been prepared in the background.
# (`--dist loadgroup` does not group with pytest 9.2 and xdist 3.8.0: pytest-dev/pytest-xdist#1386.)
# `make test PYTEST_WORKERS=0` runs serially.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist load

.PHONY: run test test-postgres ci check-migrations messages compilemessages static data bench audit demo-users help

help:
	@echo "make run     serve the portal on http://127.0.0.1:$(PORT) (gunicorn + whitenoise)"
	@echo "make test    run every test (unit, integration, browser)"
	@echo "make messages  refresh the gettext catalogues after changing texts"
	@echo "make bench   load benchmark (see README)"
	@echo "make audit   check the pinned runtime packages for known vulnerabilities"

$(BIN)/.runtime-installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(BIN)/.dev-installed: requirements.txt requirements-dev.txt $(BIN)/.runtime-installed
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

compilemessages: $(BIN)/.runtime-installed
	scripts/ensure-system-packages.sh run
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv

data: $(BIN)/.runtime-installed
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py load_portal_data
	# A first version of every row, so the first staff edit can be reverted too (idempotent).
	$(BIN)/python manage.py createinitialrevisions portal --comment "Toimitettu aineisto" -v0

static: $(BIN)/.runtime-installed
	$(BIN)/python manage.py collectstatic --noinput -v0

run: data compilemessages static
	@echo "Serving the portal on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	PORT=$(PORT) $(BIN)/gunicorn config.wsgi -c config/gunicorn.conf.py

test: $(BIN)/.dev-installed compilemessages
	scripts/ensure-system-packages.sh test
	DJANGO_SETTINGS_MODULE=config.test_settings $(BIN)/python -m pytest -q $(PYTEST_PARALLEL) $(PYTEST_ARGS)

# The same suite against PostgreSQL, which this target installs and starts itself.
test-postgres: $(BIN)/.dev-installed compilemessages
	scripts/ensure-system-packages.sh postgres
	scripts/start-postgres.sh
	DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal DJANGO_SETTINGS_MODULE=config.test_settings \
		$(BIN)/python -m pytest -q $(PYTEST_PARALLEL) $(PYTEST_ARGS)

messages: $(BIN)/.dev-installed
	scripts/ensure-system-packages.sh run
	$(BIN)/python manage.py makemessages -l fi -l sv -l en --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=tests
	$(BIN)/python scripts/fill_source_catalogue.py
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv

# Screenshots for reviewers (docs/screens/): start page, a question, a result and a "depends"
# result at 390 × 844 in Finnish and Swedish, from a production-like server on loopback.
.PHONY: screens
screens: $(BIN)/.dev-installed compilemessages
	scripts/ensure-system-packages.sh test
	$(BIN)/python -m tests.browser.screens

demo-users: data
	$(BIN)/python manage.py create_demo_staff

# Fails on a known vulnerability; says plainly when the vulnerability service cannot be
# reached (AUDIT_REQUIRED=1 makes that a failure too). See scripts/audit.py.
audit: $(BIN)/.dev-installed
	$(BIN)/python scripts/audit.py requirements.txt

# Load benchmark on loopback: gunicorn with production settings, PostgreSQL, Redis, wrk,
# then two instances behind nginx. Takes about 5 minutes; prints the table for README.md.
bench: $(BIN)/.dev-installed compilemessages
	$(BIN)/python bench/run.py
