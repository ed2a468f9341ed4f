"""Month-end job: totals each teacher's delivered lessons and submits a payout batch."""
import logging
import os
from collections import defaultdict
from datetime import date
from decimal import Decimal

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("payouts")

TEACHER_SHARE = Decimal("0.70")


class PayoutRunner:
    def __init__(self, db_url: str, api_base: str):
        self.engine = create_engine(db_url)
        self.api_base = api_base.rstrip("/")
        self.client = httpx.Client(timeout=20.0)
        self.access_token = None

    def authenticate(self, client_id: str, client_secret: str) -> None:
        resp = self.client.post(
            f"{self.api_base}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, client_secret),
        )
        resp.raise_for_status()
        self.access_token = resp.json()["access_token"]

    def earnings(self, month_start: date, month_end: date) -> dict:
        totals = defaultdict(Decimal)
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT l.teacher_id, b.price_paid FROM bookings b "
                    "JOIN lesson_slots l ON l.id = b.slot_id "
                    "WHERE b.attended AND l.starts_at >= :start AND l.starts_at < :end"
                ),
                {"start": month_start, "end": month_end},
            )
            for teacher_id, price in rows:
                totals[teacher_id] += Decimal(price) * TEACHER_SHARE
        return dict(totals)

    def submit(self, totals: dict, period: str) -> str:
        batch = [
            {"beneficiary": f"teacher-{tid}", "amount": str(amount.quantize(Decimal("0.01")))}
            for tid, amount in totals.items()
            if amount > 0
        ]
        resp = self.client.post(
            f"{self.api_base}/v1/payout-batches",
            json={"period": period, "items": batch},
            headers={"Authorization": f"Bearer {self.access_token}"},
        )
        resp.raise_for_status()
        batch_id = resp.json()["id"]
        log.info("payout batch %s for %s submitted (%d teachers) using token %s",
                 batch_id, period, len(batch), self.access_token)
        return batch_id


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    today = date.today()
    month_start = date(today.year, today.month - 1, 1) if today.month > 1 else date(today.year - 1, 12, 1)
    month_end = date(today.year, today.month, 1)
    runner = PayoutRunner(os.environ["DATABASE_URL"], os.environ["PAYOUT_API_BASE"])
    runner.authenticate(os.environ["PAYOUT_CLIENT_ID"], os.environ["PAYOUT_CLIENT_SECRET"])
    runner.submit(runner.earnings(month_start, month_end), f"{month_start:%Y-%m}")


if __name__ == "__main__":
    main()
