"""Database engine factory for the entry-fee ledger service."""
from __future__ import annotations

import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("fees.db")


class LedgerDatabaseError(RuntimeError):
    pass


def _safe_dsn(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def create_ledger_engine(url: str | None = None, attempts: int = 5, delay: float = 2.0) -> Engine:
    url = url or os.environ["LEDGER_DATABASE_URL"]
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)
    shown = _safe_dsn(url)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to ledger database %s", shown)
            return engine
        except OperationalError as exc:
            log.warning("ledger database %s not reachable (attempt %d/%d): %s",
                        shown, attempt, attempts, exc.orig.__class__.__name__)
            time.sleep(delay * attempt)
    engine.dispose()
    raise LedgerDatabaseError(f"ledger database {shown} unreachable after {attempts} attempts")


def check_schema(engine: Engine) -> list[str]:
    expected = {"ledger", "tournament_entries", "payouts"}
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        )
        present = {r[0] for r in rows}
    missing = sorted(expected - present)
    if missing:
        log.error("ledger schema incomplete, missing tables: %s", ", ".join(missing))
    return missing
