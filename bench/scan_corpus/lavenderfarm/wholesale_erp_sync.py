"""Nightly job: copies confirmed wholesale orders into the accounting/ERP database."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import create_engine, text

log = logging.getLogger("lavenderfarm.erp_sync")


@dataclass
class SyncSettings:
    source_url: str = field(default_factory=lambda: os.environ["WHOLESALE_DATABASE_URL"])
    erp_url: str = field(default_factory=lambda: os.environ["ERP_DATABASE_URL"])
    lookback_days: int = 2
    batch_size: int = 200


class ErpSync:
    def __init__(self, settings: SyncSettings) -> None:
        self.settings = settings
        self._source = create_engine(settings.source_url, pool_pre_ping=True)
        self._erp = create_engine(settings.erp_url, pool_pre_ping=True)

    def describe(self) -> str:
        return f"source={self.settings.source_url} erp={self.settings.erp_url}"

    def _confirmed_orders(self, since: date):
        with self._source.connect() as conn:
            return conn.execute(
                text(
                    "SELECT order_ref, buyer_account, total_pence, confirmed_on "
                    "FROM wholesale_orders WHERE status = 'confirmed' AND confirmed_on >= :since"
                ),
                {"since": since},
            ).mappings().all()

    def run(self) -> int:
        log.info("starting ERP sync (%s)", self.describe())
        since = date.today() - timedelta(days=self.settings.lookback_days)
        orders = self._confirmed_orders(since)
        copied = 0
        with self._erp.begin() as conn:
            for start in range(0, len(orders), self.settings.batch_size):
                chunk = orders[start : start + self.settings.batch_size]
                conn.execute(
                    text(
                        "INSERT INTO sales_ledger (external_ref, account_code, amount_pence, posted_on) "
                        "VALUES (:order_ref, :buyer_account, :total_pence, :confirmed_on) "
                        "ON CONFLICT (external_ref) DO NOTHING"
                    ),
                    [dict(o) for o in chunk],
                )
                copied += len(chunk)
        log.info("ERP sync finished: %d orders considered since %s", copied, since)
        return copied


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ErpSync(SyncSettings()).run()
