"""SQLAlchemy engine setup for the press fleet history database."""
from __future__ import annotations

import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("fleet.db")


def fleet_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["FLEET_DB_USER"],
        password=os.environ["FLEET_DB_PASSWORD"],
        host=os.environ["FLEET_DB_HOST"],
        port=int(os.environ.get("FLEET_DB_PORT", "5432")),
        database=os.environ.get("FLEET_DB_NAME", "press_fleet"),
        query={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/fleet-db-ca.pem"},
    )


def make_engine(url: URL | None = None) -> Engine:
    url = url or fleet_url()
    log.info("connecting to fleet database %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("fleet database ready (server %s, user %s)", version, url.username)
    return engine


class FleetHistory:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def cycles_per_press(self, day: str) -> dict[str, int]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT press_id, COUNT(*) FROM press_cycles "
                    "WHERE cycle_date = :day GROUP BY press_id"
                ),
                {"day": day},
            ).all()
        return {press_id: count for press_id, count in rows}

    def last_maintenance(self, press_id: str):
        with self._engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT performed_at, technician, notes FROM maintenance_log "
                    "WHERE press_id = :p ORDER BY performed_at DESC LIMIT 1"
                ),
                {"p": press_id},
            ).first()
