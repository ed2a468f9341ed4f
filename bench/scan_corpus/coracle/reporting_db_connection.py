"""Connection helper for the season reporting database.

Nightly jobs copy bookings, hire returns and trip takings into a separate
reporting database that the accountant's dashboards read from. This
module builds the connection from the deployment settings.
"""

import logging
import os
from dataclasses import dataclass

import psycopg
from psycopg import sql

log = logging.getLogger("coracle.reporting")


@dataclass(frozen=True)
class ReportingDb:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ReportingDb":
        return cls(
            host=os.environ.get("REPORTING_DB_HOST", "reporting.internal"),
            port=int(os.environ.get("REPORTING_DB_PORT", "5432")),
            name=os.environ.get("REPORTING_DB_NAME", "coracle_reporting"),
            user=os.environ["REPORTING_DB_USER"],
            password=os.environ["REPORTING_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def connect(cfg: ReportingDb | None = None) -> psycopg.Connection:
    cfg = cfg or ReportingDb.from_env()
    target = cfg.dsn
    log.info("Opening reporting connection to %s", target)
    conn = psycopg.connect(target, connect_timeout=10, application_name="coracle-nightly")
    conn.autocommit = False
    return conn


def refresh_materialised_views(conn: psycopg.Connection) -> None:
    for view in ("mv_daily_takings", "mv_fleet_utilisation", "mv_trip_occupancy"):
        with conn.cursor() as cur:
            cur.execute(sql.SQL("REFRESH MATERIALIZED VIEW {}").format(sql.Identifier(view)))
        log.info("Refreshed %s", view)
    conn.commit()
