"""Nightly job: export the day's harvest and sales figures to the accounting warehouse."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg

log = logging.getLogger("oysterfarm.export")


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
            dbname=os.environ.get("WAREHOUSE_DB", "finance"),
            user=os.environ["WAREHOUSE_USER"],
            password=os.environ["WAREHOUSE_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"


def _daily_rows(farm_conn: psycopg.Connection, day: date) -> list[tuple]:
    return farm_conn.execute(
        "SELECT o.restaurant_id, sum(l.dozens), sum(l.dozens * l.price_per_dozen) "
        "FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.delivered_on = %s GROUP BY o.restaurant_id",
        (day,),
    ).fetchall()


def run(day: date | None = None) -> int:
    day = day or date.today() - timedelta(days=1)
    settings = WarehouseSettings.from_env()
    with psycopg.connect(os.environ["FARM_DB_DSN"]) as farm_conn:
        rows = _daily_rows(farm_conn, day)

    log.info("exporting %d rows for %s to %s", len(rows), day, settings.dsn)
    with psycopg.connect(settings.dsn) as wh:
        with wh.cursor() as cur:
            cur.execute("DELETE FROM oyster_sales_daily WHERE sale_day = %s", (day,))
            cur.executemany(
                "INSERT INTO oyster_sales_daily (sale_day, restaurant_id, dozens, revenue) "
                "VALUES (%s, %s, %s, %s)",
                [(day, r[0], r[1], r[2]) for r in rows],
            )
    log.info("export for %s finished", day)
    return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
