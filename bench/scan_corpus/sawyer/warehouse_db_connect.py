"""Connection setup for the sales reporting warehouse.

Nightly jobs copy invoices, delivery notes and grading tallies into the
warehouse for the finance dashboards. Connection details come from the
job's settings object.
"""
import logging
from dataclasses import dataclass

import psycopg
from psycopg import sql

from sawyer.settings import warehouse_settings

logger = logging.getLogger("sawyer.warehouse")


@dataclass
class WarehouseTarget:
    host: str
    port: int
    database: str
    user: str
    password: str
    sslmode: str = "verify-full"

    def conninfo(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.database}?sslmode={self.sslmode}"
        )


def target_from_settings(cfg=None) -> WarehouseTarget:
    cfg = cfg or warehouse_settings()
    return WarehouseTarget(
        host=cfg["host"],
        port=int(cfg.get("port", 5432)),
        database=cfg["database"],
        user=cfg["user"],
        password=cfg["password"],
    )


def connect(target: WarehouseTarget = None, attempts: int = 3) -> psycopg.Connection:
    target = target or target_from_settings()
    uri = target.conninfo()
    last_error = None
    for attempt in range(1, attempts + 1):
        logger.info("opening warehouse connection attempt=%d uri=%s", attempt, uri)
        try:
            return psycopg.connect(uri, connect_timeout=10, application_name="sawyer-etl")
        except psycopg.OperationalError as exc:
            last_error = exc
            logger.warning("warehouse connection failed attempt=%d: %s", attempt, exc)
    raise last_error


def copy_rows(conn: psycopg.Connection, table: str, columns: list, rows) -> int:
    statement = sql.SQL("COPY staging.{} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with conn.cursor() as cur:
        with cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    conn.commit()
    return cur.rowcount
