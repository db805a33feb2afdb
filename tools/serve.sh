#!/usr/bin/env bash
# `make serve`: the production stack on this machine. Production settings with loopback defaults (a secret generated
# once into var/, hosts 127.0.0.1 and localhost, plain HTTP), static files collected for WhiteNoise, migrations, the
# demo into an empty database, then gunicorn and the PDF worker side by side (tools/mit_pdf_worker.sh). DATABASE_URL and
# REDIS_URL are passed through unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT="${PORT:-8000}"
mkdir -p var
if [ -z "${SECRET_KEY:-}" ]; then
    [ -s var/secret_key ] || (umask 077 && $PY -c "import secrets; print(secrets.token_urlsafe(50))" >var/secret_key)
    SECRET_KEY="$(cat var/secret_key)"
fi
export SECRET_KEY PORT
export DJANGO_SETTINGS_MODULE=itkonzept.settings.production
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$PORT}"
# Loopback is plain HTTP: no redirect to HTTPS, no HSTS, cookies that the browser sends without TLS.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export SECURE_COOKIES="${SECURE_COOKIES:-false}"
export SECURE_HSTS_SECONDS="${SECURE_HSTS_SECONDS:-0}"

$PY manage.py collectstatic --no-input --verbosity 0
$PY manage.py migrate --no-input
# The demo loader is installed in the development settings only; it writes into the same DATABASE_URL.
DJANGO_SETTINGS_MODULE=itkonzept.settings.dev $PY manage.py load_demo --if-empty

echo "IT-Konzept (Produktionseinstellungen) auf http://127.0.0.1:$PORT/ – beenden mit Strg-C."
exec tools/mit_pdf_worker.sh $PY -m gunicorn -c site/deploy/gunicorn.conf.py itkonzept.wsgi
