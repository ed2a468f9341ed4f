"""SQLAlchemy engine for the café till's reporting database."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)


class TillDatabaseUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class TillDbSettings:
    host: str
    port: int
    database: str
    username: str
    password: str = field(repr=False)

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "require"},
        )


def make_engine(settings: TillDbSettings, attempts: int = 3) -> Engine:
    url = settings.url()
    safe_url = url.render_as_string(hide_password=True)
    engine = create_engine(url, pool_size=5, pool_pre_ping=True)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("Connected to till database %s", safe_url)
            return engine
        except OperationalError:
            log.warning("Till DB %s not reachable (attempt %d/%d)", safe_url, attempt, attempts)
            time.sleep(2 * attempt)
    raise TillDatabaseUnavailable(f"could not connect to {safe_url}")


def takings_for_day(engine: Engine, day: date) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT payment_method, SUM(total_pence) FROM sales "
                "WHERE sold_at::date = :day AND voided = false GROUP BY payment_method"
            ),
            {"day": day},
        ).all()
    return {method: int(total) for method, total in rows}
