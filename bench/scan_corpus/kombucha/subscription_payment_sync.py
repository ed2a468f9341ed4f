"""Nightly sync of subscription payments from the billing provider.

Pulls settled charges for the delivery club and marks the matching
subscription boxes as paid so the packing list can be printed.
"""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("subscriptions.payments")


class PaymentSyncError(RuntimeError):
    pass


class BillingClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        self.client = httpx.Client(timeout=20.0)

    def settled_charges(self, day: date) -> list[dict]:
        url = f"{self.base_url}/v1/charges"
        params = {"status": "settled", "settled_on": day.isoformat(), "limit": 500}
        try:
            resp = self.client.get(url, params=params, headers=self._headers)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            raise PaymentSyncError(
                f"billing request failed: GET {url} params={params} headers={self._headers}: {exc}"
            ) from exc
        return resp.json()["data"]


def mark_paid(engine, charges: list[dict]) -> int:
    updated = 0
    with engine.begin() as conn:
        for charge in charges:
            updated += conn.execute(
                text("UPDATE subscription_boxes SET paid_at = :paid, charge_id = :cid"
                     " WHERE subscriber_ref = :ref AND ship_month = :month AND paid_at IS NULL"),
                {
                    "paid": charge["settled_at"],
                    "cid": charge["id"],
                    "ref": charge["metadata"]["subscriber_ref"],
                    "month": charge["metadata"]["ship_month"],
                },
            ).rowcount
    return updated


def run(day: date | None = None) -> None:
    day = day or date.today() - timedelta(days=1)
    billing = BillingClient(os.environ["BILLING_API_URL"], os.environ["BILLING_API_TOKEN"])
    engine = create_engine(os.environ["SUBSCRIPTIONS_DATABASE_URL"])
    try:
        charges = billing.settled_charges(day)
    except PaymentSyncError:
        log.exception("payment sync for %s aborted", day)
        raise
    count = mark_paid(engine, charges)
    log.info("payment sync for %s: %d charges, %d boxes marked paid", day, len(charges), count)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
