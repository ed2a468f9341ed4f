"""Engine factory for the race results computation workers."""
from __future__ import annotations

import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("results.db")


def results_db_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["RESULTS_DB_USER"],
        password=os.environ["RESULTS_DB_PASSWORD"],
        host=os.environ["RESULTS_DB_HOST"],
        port=int(os.environ.get("RESULTS_DB_PORT", "5432")),
        database=os.environ.get("RESULTS_DB_NAME", "federation"),
        query={"sslmode": "require"},
    )


def make_engine(url: URL | None = None) -> Engine:
    url = url or results_db_url()
    log.info("opening results database %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=5, pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


def races_needing_results(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id FROM races WHERE results_computed_at IS NULL "
            "AND clocks_closed_at IS NOT NULL ORDER BY liberated_at"
        ))
        return [r.id for r in rows]


def mark_computed(engine: Engine, race_id: int) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE races SET results_computed_at = now() WHERE id = :id"),
            {"id": race_id},
        )
    log.info("race %s marked as computed", race_id)
