"""Connection handling for the KYC reporting database used by compliance exports.

``KYC_REPORTING_DATABASE_URL`` is a full SQLAlchemy URL including the password.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("kyc_reporting")


class ReportingDatabase:
    def __init__(self, url: str | None = None) -> None:
        self._url = make_url(url or os.environ["KYC_REPORTING_DATABASE_URL"])
        self._engine: Engine = create_engine(self._url, pool_pre_ping=True, pool_size=5)

    @property
    def safe_url(self) -> str:
        return self._url.render_as_string(hide_password=True)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            log.error("reporting database unavailable at %s", self.safe_url)
            raise RuntimeError(f"cannot reach KYC reporting database {self.safe_url}") from exc

    def pending_reviews(self, limit: int = 100) -> list[dict]:
        with self.connection() as conn:
            rows = conn.execute(
                text(
                    "SELECT party_id, document_type, submitted_at FROM kyc_documents "
                    "WHERE review_state = 'pending' ORDER BY submitted_at LIMIT :limit"
                ),
                {"limit": limit},
            ).mappings().all()
        return [dict(r) for r in rows]

    def outcome_counts(self) -> dict[str, int]:
        with self.connection() as conn:
            rows = conn.execute(
                text("SELECT outcome, count(*) AS n FROM kyc_checks GROUP BY outcome")
            ).all()
        return {row.outcome: row.n for row in rows}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    db = ReportingDatabase()
    log.info("connected to %s", db.safe_url)
    for outcome, count in db.outcome_counts().items():
        print(f"{outcome:>12}: {count}")
