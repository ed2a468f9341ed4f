"""Background job that applies stock usage reported by van tablets to forge stock levels.

Tablets queue usage records (shoes, nails, pads, studs used on a job) in the
``stock_usage_inbox`` table; this job applies them and flags low stock.
"""
from __future__ import annotations

import json
import logging

import psycopg

log = logging.getLogger(__name__)

LOW_STOCK_THRESHOLD = 10


class StockUsageJob:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def _pending(self, conn: psycopg.Connection) -> list[tuple[int, str]]:
        return conn.execute(
            "SELECT id, payload FROM stock_usage_inbox WHERE processed_at IS NULL ORDER BY id LIMIT 200"
        ).fetchall()

    def _apply(self, conn: psycopg.Connection, van: str, sku: str, quantity: int) -> int | None:
        cur = conn.execute(
            "UPDATE forge_stock SET quantity = quantity - %d "
            "WHERE van_registration = '%s' AND sku = '%s' RETURNING quantity" % (quantity, van, sku)
        )
        row = cur.fetchone()
        return row[0] if row else None

    def run_once(self) -> int:
        applied = 0
        with psycopg.connect(self.conninfo) as conn:
            for inbox_id, raw in self._pending(conn):
                record = json.loads(raw)
                van = record["van_registration"]
                for usage in record["usages"]:
                    remaining = self._apply(conn, van, usage["sku"], int(usage["quantity"]))
                    if remaining is None:
                        log.warning("van %s reported unknown sku %s", van, usage["sku"])
                    elif remaining < LOW_STOCK_THRESHOLD:
                        conn.execute(
                            "INSERT INTO reorder_alerts (van_registration, sku, quantity) VALUES (%s, %s, %s)",
                            (van, usage["sku"], remaining),
                        )
                conn.execute(
                    "UPDATE stock_usage_inbox SET processed_at = now() WHERE id = %s",
                    (inbox_id,),
                )
                applied += 1
        log.info("applied %d stock usage records", applied)
        return applied


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.INFO)
    StockUsageJob(os.environ["FORGE_DATABASE_URL"]).run_once()
