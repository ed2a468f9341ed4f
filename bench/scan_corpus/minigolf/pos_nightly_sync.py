"""Nightly job: copies each venue's kiosk sales into the franchise reporting warehouse."""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg

log = logging.getLogger("pos_nightly_sync")


@dataclass(frozen=True)
class WarehouseSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "WarehouseSettings":
        return cls(
            host=os.environ["WAREHOUSE_HOST"],
            port=int(os.environ.get("WAREHOUSE_PORT", "5432")),
            dbname=os.environ.get("WAREHOUSE_DB", "franchise_reporting"),
            user=os.environ["WAREHOUSE_USER"],
            password=os.environ["WAREHOUSE_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"


class NightlyKioskSalesSync:
    def __init__(self, venue_id: int, kiosk_db_path: str, settings: WarehouseSettings) -> None:
        self.venue_id = venue_id
        self.kiosk_db_path = kiosk_db_path
        self.settings = settings

    def _local_sales(self, business_date: date) -> list[tuple]:
        with sqlite3.connect(self.kiosk_db_path) as local:
            return local.execute(
                "SELECT sale_id, kiosk_id, item_code, quantity, amount_pence, sold_at "
                "FROM sales WHERE date(sold_at) = ?",
                (business_date.isoformat(),),
            ).fetchall()

    def run(self, business_date: date) -> int:
        rows = self._local_sales(business_date)
        log.info("venue %s: %d sales to sync for %s", self.venue_id, len(rows), business_date)
        log.info("connecting to reporting warehouse %s", self.settings.dsn)
        with psycopg.connect(self.settings.dsn, connect_timeout=15) as conn:
            with conn.cursor() as cur:
                cur.execute(
                    "DELETE FROM kiosk_sales WHERE venue_id = %s AND business_date = %s",
                    (self.venue_id, business_date),
                )
                cur.executemany(
                    "INSERT INTO kiosk_sales (venue_id, business_date, sale_id, kiosk_id, "
                    "item_code, quantity, amount_pence, sold_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    [(self.venue_id, business_date, *row) for row in rows],
                )
        log.info("venue %s: sync for %s complete", self.venue_id, business_date)
        return len(rows)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    venue_id = int(os.environ["VENUE_ID"])
    kiosk_db = os.environ.get("KIOSK_DB_PATH", "/var/lib/puttpalace/kiosk.db")
    yesterday = date.today() - timedelta(days=1)
    NightlyKioskSalesSync(venue_id, kiosk_db, WarehouseSettings.from_env()).run(yesterday)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
