"""Connection helper for the county integrated library system (ILS) database.

The van sync service reads holds and item status straight from the ILS
reporting replica.  Settings come from the environment on the sync host.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger("ils")


@dataclass(frozen=True)
class IlsSettings:
    host: str
    port: int
    database: str
    user: str
    password: str
    sslmode: str = "verify-full"

    @classmethod
    def from_env(cls) -> "IlsSettings":
        return cls(
            host=os.environ["ILS_DB_HOST"],
            port=int(os.environ.get("ILS_DB_PORT", "5432")),
            database=os.environ.get("ILS_DB_NAME", "ils_reporting"),
            user=os.environ["ILS_DB_USER"],
            password=os.environ["ILS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@"
            f"{self.host}:{self.port}/{self.database}?sslmode={self.sslmode}"
        )


class IlsClient:
    def __init__(self, settings: IlsSettings, max_size: int = 4) -> None:
        self.settings = settings
        log.info("opening ILS connection pool to %s", settings.dsn)
        self.pool = ConnectionPool(settings.dsn, min_size=1, max_size=max_size, open=True)

    def holds_for_stop(self, stop_code: str) -> list[tuple]:
        with self.pool.connection() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT h.id, h.item_barcode, b.card_number, h.expires_on "
                "FROM holds h JOIN borrowers b ON b.id = h.borrower_id "
                "WHERE h.pickup_location = %s AND h.status = 'in_transit'",
                (stop_code,),
            )
            return cur.fetchall()

    def item_status(self, barcode: str) -> str | None:
        with self.pool.connection() as conn, conn.cursor() as cur:
            cur.execute("SELECT status FROM items WHERE barcode = %s", (barcode,))
            row = cur.fetchone()
            return row[0] if row else None

    def close(self) -> None:
        self.pool.close()
        log.info("closed ILS connection pool")


def ping(settings: IlsSettings) -> bool:
    try:
        with psycopg.connect(settings.dsn, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.OperationalError as exc:
        log.error("ILS database unreachable: %s", exc.__class__.__name__)
        return False
