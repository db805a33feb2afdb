"""The one place that reads the environment: typed accessors used by the settings modules."""

import os

import dj_database_url


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def sqlite_options() -> dict:
    """SQLite tuned for concurrent admin use: WAL, a busy timeout and IMMEDIATE transactions.

    Without these, a page-editor ping that meets a submit fails with "database is locked".
    """
    return {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }


def database(url: str) -> dict:
    """One connection per worker thread kept for `CONN_MAX_AGE` seconds, checked before reuse after a fault.

    An in-memory SQLite database stays per connection (Django keeps it open anyway), so tests are unaffected.
    """
    config = dj_database_url.parse(
        url, conn_max_age=int(env_str("CONN_MAX_AGE", "60")), conn_health_checks=env_bool("CONN_HEALTH_CHECKS", True)
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**config.get("OPTIONS", {}), **sqlite_options()}
    elif config["ENGINE"] == "django.db.backends.postgresql":
        # A server that does not answer gives the 503 page within seconds instead of holding every worker.
        config["OPTIONS"] = {"connect_timeout": 5, **config.get("OPTIONS", {})}
    return config


def search_backends(database_config: dict) -> dict:
    """Wagtail search on the database in use: PostgreSQL full text with German stemming, else the generic backend."""
    if database_config["ENGINE"] == "django.db.backends.postgresql":
        return {"default": {"BACKEND": "wagtail.search.backends.database.postgres.postgres", "SEARCH_CONFIG": "german"}}
    return {"default": {"BACKEND": "wagtail.search.backends.database"}}
