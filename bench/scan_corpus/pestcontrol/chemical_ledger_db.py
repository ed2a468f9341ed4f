"""Connection management for the central chemical usage ledger database."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LedgerDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "LedgerDbSettings":
        return cls(
            host=os.environ["LEDGER_DB_HOST"],
            port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
            name=os.environ.get("LEDGER_DB_NAME", "chem_ledger"),
            user=os.environ["LEDGER_DB_USER"],
            password=os.environ["LEDGER_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (f"postgresql+psycopg://{self.user}:{self.password}"
                f"@{self.host}:{self.port}/{self.name}")


class LedgerDatabase:
    def __init__(self, settings: LedgerDbSettings):
        self.settings = settings

    @cached_property
    def engine(self) -> Engine:
        log.info("opening chemical ledger connection pool: %s", self.settings.dsn)
        return create_engine(self.settings.dsn, pool_size=self.settings.pool_size,
                             pool_pre_ping=True)

    def healthcheck(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            log.exception("chemical ledger database unreachable")
            return False

    def restricted_use_totals(self, year: int) -> list[tuple[str, float]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT epa_reg_no, SUM(quantity_ml) FROM usage_log"
                     " WHERE restricted_use AND EXTRACT(YEAR FROM applied_on) = :year"
                     " GROUP BY epa_reg_no"),
                {"year": year},
            )
            return [(r[0], float(r[1])) for r in rows]
