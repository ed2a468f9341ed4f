"""Pushes settled membership fee payments into the treasurer's ledger."""

import logging
import os
from datetime import date
from decimal import Decimal

import httpx
import psycopg2
import psycopg2.extras

log = logging.getLogger("fees.ledger")


class LedgerSync:
    LEDGER_HOST = "103.224.182.251"
    LEDGER_PORT = 8443
    BATCH_SIZE = 100

    def __init__(self, dsn: str | None = None):
        self.dsn = dsn or os.environ["FEES_DATABASE_URL"]
        self.client = httpx.Client(
            base_url=f"https://{self.LEDGER_HOST}:{self.LEDGER_PORT}",
            headers={"Authorization": f"Bearer {os.environ['LEDGER_API_TOKEN']}"},
            timeout=15.0,
        )

    def _unsynced_payments(self, up_to: date) -> list[dict]:
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(
                    """
                    SELECT p.id, p.member_id, m.full_name, p.fee_code, p.amount, p.paid_on
                    FROM fee_payments p JOIN members m ON m.id = p.member_id
                    WHERE p.ledger_ref IS NULL AND p.paid_on <= %s
                    ORDER BY p.paid_on
                    LIMIT %s
                    """,
                    (up_to, self.BATCH_SIZE),
                )
                return list(cur.fetchall())

    def _mark_synced(self, refs: dict[int, str]) -> None:
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor() as cur:
                psycopg2.extras.execute_batch(
                    cur,
                    "UPDATE fee_payments SET ledger_ref = %s WHERE id = %s",
                    [(ref, pid) for pid, ref in refs.items()],
                )

    @staticmethod
    def _entry(payment: dict) -> dict:
        amount: Decimal = payment["amount"]
        return {
            "external_id": f"fee-{payment['id']}",
            "account": "4010-membership" if payment["fee_code"] != "rack" else "4020-boat-racks",
            "description": f"{payment['fee_code']} fee - {payment['full_name']}",
            "amount": str(amount.quantize(Decimal("0.01"))),
            "date": payment["paid_on"].isoformat(),
        }

    def run(self, up_to: date | None = None) -> int:
        payments = self._unsynced_payments(up_to or date.today())
        if not payments:
            return 0
        resp = self.client.post("/api/ledger/entries", json=[self._entry(p) for p in payments])
        resp.raise_for_status()
        refs = {int(item["external_id"].split("-", 1)[1]): item["ref"] for item in resp.json()["created"]}
        self._mark_synced(refs)
        log.info("Synced %d fee payments to ledger", len(refs))
        return len(refs)
