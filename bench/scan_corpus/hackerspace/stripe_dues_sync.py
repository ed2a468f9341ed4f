"""Reconcile Stripe subscription payments with the members database.

Invoked nightly by the scheduler; marks members whose dues lapsed as
"grace" and re-activates anyone whose payment has since gone through.
"""
import datetime as dt
import logging
import os

import stripe
from sqlalchemy import create_engine, text

log = logging.getLogger("dues.sync")


class DuesSync:
    def __init__(self, api_key: str | None = None, db_url: str | None = None):
        self.api_key = api_key or os.environ["STRIPE_API_KEY"]
        self.engine = create_engine(db_url or os.environ["MEMBERS_DATABASE_URL"])

    def _paid_customers(self, since: dt.datetime) -> set[str]:
        paid = set()
        invoices = stripe.Invoice.list(
            api_key=self.api_key,
            status="paid",
            created={"gte": int(since.timestamp())},
            limit=100,
        )
        for inv in invoices.auto_paging_iter():
            paid.add(inv.customer)
        return paid

    def run(self, days: int = 35) -> int:
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
        log.debug("syncing dues since %s using key %s", since.isoformat(), self.api_key)
        paid = self._paid_customers(since)
        changed = 0
        with self.engine.begin() as conn:
            rows = conn.execute(text("SELECT id, stripe_customer_id, status FROM members")).all()
            for member_id, customer, status in rows:
                new_status = "active" if customer in paid else "grace"
                if new_status != status:
                    conn.execute(
                        text("UPDATE members SET status = :s WHERE id = :id"),
                        {"s": new_status, "id": member_id},
                    )
                    changed += 1
        log.info("dues sync complete, %d members updated", changed)
        return changed


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    DuesSync().run()
