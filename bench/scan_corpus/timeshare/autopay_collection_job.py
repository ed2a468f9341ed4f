"""Nightly job that collects maintenance fees from owners enrolled in autopay."""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from datetime import date

import psycopg

log = logging.getLogger("autopay")


@dataclass
class JobSettings:
    database_url: str
    batch_size: int = 200
    dry_run: bool = False

    @classmethod
    def from_env(cls) -> "JobSettings":
        return cls(
            database_url=os.environ["BILLING_DATABASE_URL"],
            batch_size=int(os.environ.get("AUTOPAY_BATCH_SIZE", "200")),
            dry_run=os.environ.get("AUTOPAY_DRY_RUN") == "1",
        )


class AutopayCollector:
    def __init__(self, settings: JobSettings, gateway) -> None:
        self._settings = settings
        self._gateway = gateway

    def _due_invoices(self, conn: psycopg.Connection, run_date: date):
        with conn.cursor() as cur:
            cur.execute(
                "SELECT i.id, i.owner_id, i.amount_due, a.customer_ref "
                "FROM fee_invoices i JOIN autopay_enrolments a ON a.owner_id = i.owner_id "
                "WHERE i.status = 'open' AND i.due_date <= %s AND a.active "
                "ORDER BY i.due_date LIMIT %s",
                (run_date, self._settings.batch_size),
            )
            return cur.fetchall()

    def run(self, run_date: date) -> int:
        log.info("autopay run for %s using database %s", run_date, self._settings.database_url)
        collected = 0
        with psycopg.connect(self._settings.database_url) as conn:
            for invoice_id, owner_id, amount, customer_ref in self._due_invoices(conn, run_date):
                if self._settings.dry_run:
                    log.info("dry run: would charge owner %s for invoice %s", owner_id, invoice_id)
                    continue
                try:
                    charge_id = self._gateway.charge(customer_ref, amount, invoice_id)
                except Exception as exc:
                    log.warning("charge failed for invoice %s: %s", invoice_id, exc)
                    continue
                with conn.cursor() as cur:
                    cur.execute(
                        "UPDATE fee_invoices SET status = 'paid', charge_id = %s WHERE id = %s",
                        (charge_id, invoice_id),
                    )
                conn.commit()
                collected += 1
        log.info("autopay run for %s collected %d invoices", run_date, collected)
        return collected


def main() -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    from billing.gateway import default_gateway

    AutopayCollector(JobSettings.from_env(), default_gateway()).run(date.today())
    return 0


if __name__ == "__main__":
    sys.exit(main())
