"""The PostgreSQL server the operations tests restore into or point servers at, and scratch databases on it."""

import psycopg

LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432"


def server_url(settings: dict) -> str:
    """`postgres://user[:password]@host:port` of a Django database configuration."""
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"


def postgres_server(connection) -> str | None:
    """The PostgreSQL server of this test run, else the local one when it answers; None without."""
    if connection.vendor == "postgresql":
        return server_url(connection.settings_dict)
    try:
        psycopg.connect(f"{LOCAL_SERVER}/postgres", connect_timeout=2).close()
    except psycopg.Error:
        return None
    return LOCAL_SERVER


def admin_sql(server: str, statement: str) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(statement)
