"""Database engine for the federation ranking importer."""
from __future__ import annotations

import logging
import os
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("federation_import.db")


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["CLUB_DB_USER"],
        password=os.environ["CLUB_DB_PASSWORD"],
        host=os.environ.get("CLUB_DB_HOST", "localhost"),
        port=int(os.environ.get("CLUB_DB_PORT", "5432")),
        database=os.environ.get("CLUB_DB_NAME", "fencingclub"),
    )


def make_engine(url: URL | None = None) -> Engine:
    url = url or database_url()
    log.info("connecting to %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True, pool_size=5)


def check_connection(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
    except OperationalError as exc:
        log.error("database unreachable at %s: %s", engine.url.host, exc.orig.__class__.__name__)
        return False
    log.info("database ready (PostgreSQL %s)", version)
    return True


def upsert_points(engine: Engine, rows: list[dict]) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "INSERT INTO ranking_points (licence_no, weapon, category, points, rank) "
                "VALUES (:licence_no, :weapon, :category, :points, :rank) "
                "ON CONFLICT (licence_no, weapon, category) "
                "DO UPDATE SET points = EXCLUDED.points, rank = EXCLUDED.rank"
            ),
            rows,
        )
        return result.rowcount


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(0 if check_connection(make_engine()) else 1)
