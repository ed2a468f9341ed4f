"""Connection helper for the water level telemetry database.

Used by the ingest worker and the nightly aggregation job.
"""
from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from urllib.parse import quote

import psycopg

log = logging.getLogger("telemetry.db")

RETRIES = 5
BACKOFF_SECONDS = 2.0


def build_dsn() -> str:
    user = os.environ["TELEMETRY_DB_USER"]
    password = os.environ["TELEMETRY_DB_PASSWORD"]
    host = os.environ.get("TELEMETRY_DB_HOST", "localhost")
    port = os.environ.get("TELEMETRY_DB_PORT", "5432")
    name = os.environ.get("TELEMETRY_DB_NAME", "telemetry")
    return (
        f"postgresql://{quote(user)}:{quote(password)}@{host}:{port}/{name}"
        "?sslmode=verify-full"
    )


def connect() -> psycopg.Connection:
    dsn = build_dsn()
    last_error: Exception | None = None
    for attempt in range(1, RETRIES + 1):
        try:
            log.info("connecting to telemetry database %s (attempt %d)", dsn, attempt)
            return psycopg.connect(dsn, connect_timeout=10, application_name="telemetry")
        except psycopg.OperationalError as exc:
            last_error = exc
            log.warning("telemetry database not reachable, retrying: %s", exc.__class__.__name__)
            time.sleep(BACKOFF_SECONDS * attempt)
    raise RuntimeError("telemetry database unavailable") from last_error


@contextmanager
def transaction():
    conn = connect()
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def latest_level(station_code: str) -> float | None:
    with transaction() as conn:
        row = conn.execute(
            "SELECT level_m FROM level_readings WHERE station_code = %s "
            "ORDER BY observed_at DESC LIMIT 1",
            (station_code,),
        ).fetchone()
    return row[0] if row else None
