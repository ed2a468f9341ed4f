"""Nightly job: charge premium installments that fell due today.

Reads due installments from the office database, charges them through the
card processor and records the outcome. Runs under the scheduler container.
"""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("bailbonds.installments")


class InstallmentDeclined(RuntimeError):
    def __init__(self, plan_id: int, status_code: int, decline_code: str):
        super().__init__(f"plan {plan_id} declined: HTTP {status_code} ({decline_code})")
        self.plan_id = plan_id


def _engine():
    url = make_url(os.environ["OFFICE_DATABASE_URL"])
    log.info("connecting to %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True)


def _processor() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["PROCESSOR_API_URL"],
        auth=(os.environ["PROCESSOR_SECRET_KEY"], ""),
        timeout=20.0,
    )


def charge(client: httpx.Client, plan_id: int, customer: str, method: str, amount: Decimal) -> str:
    resp = client.post(
        "/v1/charges",
        data={"amount": int(amount * 100), "currency": "usd", "customer": customer,
              "payment_method": method, "description": f"Bond premium plan {plan_id}"},
        headers={"Idempotency-Key": f"plan-{plan_id}-{uuid.uuid4()}"},
    )
    if resp.status_code >= 400:
        code = resp.json().get("error", {}).get("decline_code", "unknown")
        raise InstallmentDeclined(plan_id, resp.status_code, code)
    return resp.json()["id"]


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    engine = _engine()
    with engine.begin() as conn, _processor() as client:
        due = conn.execute(text(
            "SELECT id, customer_ref, payment_method_ref, amount FROM installments"
            " WHERE due_on = CURRENT_DATE AND status = 'due'"
        )).all()
        for row in due:
            try:
                charge_id = charge(client, row.id, row.customer_ref, row.payment_method_ref, row.amount)
            except InstallmentDeclined as exc:
                log.warning("%s", exc)
                conn.execute(text("UPDATE installments SET status = 'missed' WHERE id = :id"), {"id": row.id})
                continue
            conn.execute(
                text("UPDATE installments SET status = 'paid', charge_id = :cid WHERE id = :id"),
                {"cid": charge_id, "id": row.id},
            )
    log.info("processed %d installments", len(due))


if __name__ == "__main__":
    main()
