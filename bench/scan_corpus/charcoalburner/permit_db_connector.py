"""Database connection for the permit and coupe planning services.

Builds the SQLAlchemy engine from the deployment's environment and logs
where it connected, with the password masked, for the ops runbook.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("permits.db")


def database_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["OPS_DB_USER"],
        password=os.environ["OPS_DB_PASSWORD"],
        host=os.environ["OPS_DB_HOST"],
        port=int(os.environ.get("OPS_DB_PORT", "5432")),
        database=os.environ.get("OPS_DB_NAME", "operations"),
        query={"sslmode": "verify-full", "application_name": "permit-service"},
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    url = database_url()
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)
    log.info("permit service using database %s", url.render_as_string(hide_password=True))
    return engine


def check_connection() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        log.error("database check failed: %s", type(exc).__name__)
        return False


def licences_expiring(days: int = 60) -> list[dict]:
    with get_engine().connect() as conn:
        rows = conn.execute(
            text(
                "SELECT licence_no, coupe_ref, valid_to FROM felling_licences"
                " WHERE valid_to < current_date + make_interval(days => :days)"
                " ORDER BY valid_to"
            ),
            {"days": days},
        ).mappings()
        return [dict(r) for r in rows]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if check_connection():
        for lic in licences_expiring():
            print(f"{lic['licence_no']}  {lic['coupe_ref']}  expires {lic['valid_to']}")
