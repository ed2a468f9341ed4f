"""Creates the workshop database engine from environment settings.

Shared by the job-card, quoting and stock modules. Logs where it connects so
that a misconfigured office server is easy to spot in the logs.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("workshop.db")

EXPECTED_SCHEMA = 41


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["WORKSHOP_DB_USER"],
        password=os.environ["WORKSHOP_DB_PASSWORD"],
        host=os.environ.get("WORKSHOP_DB_HOST", "localhost"),
        port=int(os.environ.get("WORKSHOP_DB_PORT", "5432")),
        database=os.environ.get("WORKSHOP_DB_NAME", "wheelwright"),
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    url = database_url()
    log.info("Connecting to workshop database %s", url.render_as_string(hide_password=True))
    return create_engine(
        url,
        pool_size=int(os.environ.get("WORKSHOP_DB_POOL", "5")),
        pool_pre_ping=True,
    )


def check_schema(engine: Engine | None = None) -> int:
    engine = engine or get_engine()
    with engine.connect() as conn:
        version = conn.execute(text("SELECT max(version) FROM schema_migrations")).scalar_one()
    if version != EXPECTED_SCHEMA:
        raise RuntimeError(
            f"schema version {version} found, this build expects {EXPECTED_SCHEMA}; "
            "run the migrations first"
        )
    log.info("Schema version %s OK on %s", version, engine.url.host)
    return version
