"""Settings and connection helper for the weekly export to the co-op's sales database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("oysterfarm.coop_export")


@dataclass(frozen=True)
class CoopDatabase:
    host: str
    database: str
    username: str
    password: str
    port: int = 5432

    @classmethod
    def from_env(cls) -> "CoopDatabase":
        return cls(
            host=os.environ["COOP_DB_HOST"],
            database=os.environ.get("COOP_DB_NAME", "coop_sales"),
            username=os.environ["COOP_DB_USER"],
            password=os.environ["COOP_DB_PASSWORD"],
            port=int(os.environ.get("COOP_DB_PORT", "5432")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )

    def engine(self) -> Engine:
        log.info("connecting to co-op database %s", self.url.render_as_string(hide_password=True))
        return create_engine(self.url, pool_pre_ping=True)


def export_week(farm: Engine, coop: CoopDatabase, week_ending: date) -> int:
    start = week_ending - timedelta(days=6)
    with farm.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT variety, sum(dozens) AS dozens FROM harvest_batches "
                "WHERE harvested_on BETWEEN :s AND :e GROUP BY variety"
            ),
            {"s": start, "e": week_ending},
        ).all()
    with coop.engine().begin() as conn:
        conn.execute(
            text("INSERT INTO member_supply (member, week_ending, variety, dozens) VALUES ('oysterfarm', :w, :v, :d)"),
            [{"w": week_ending, "v": r.variety, "d": r.dozens} for r in rows],
        )
    log.info("exported %d varieties for week ending %s", len(rows), week_ending)
    return len(rows)
