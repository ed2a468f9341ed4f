"""Nightly job: sync direct debit mandate statuses and flag customers to move to cash/card."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, Iterable, List

import gocardless_pro
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("rounds.mandates")

HEALTHY_STATUSES = ("active", "pending_submission", "submitted")


@dataclass
class LocalMandate:
    customer_id: int
    mandate_id: str
    status: str


def _local_mandates(engine: Engine) -> List[LocalMandate]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT customer_id, mandate_id, status FROM dd_mandates WHERE mandate_id IS NOT NULL")
        ).all()
    return [LocalMandate(*r) for r in rows]


def _remote_status(client: gocardless_pro.Client, mandate_ids: Iterable[str]) -> Dict[str, str]:
    statuses: Dict[str, str] = {}
    for mandate_id in mandate_ids:
        statuses[mandate_id] = client.mandates.get(mandate_id).status
    return statuses


def sync_mandates(engine: Engine, client: gocardless_pro.Client) -> int:
    local = _local_mandates(engine)
    remote = _remote_status(client, (m.mandate_id for m in local))
    changed = 0
    with engine.begin() as conn:
        for mandate in local:
            new_status = remote.get(mandate.mandate_id)
            if new_status is None or new_status == mandate.status:
                continue
            conn.execute(
                text("UPDATE dd_mandates SET status = :s, updated_at = now() WHERE mandate_id = :m"),
                {"s": new_status, "m": mandate.mandate_id},
            )
            if new_status not in HEALTHY_STATUSES:
                conn.execute(
                    text("UPDATE customers SET payment_method = 'cash', needs_contact = true "
                         "WHERE id = :c"),
                    {"c": mandate.customer_id},
                )
            log.info("Mandate %s for customer %s: %s -> %s",
                     mandate.mandate_id, mandate.customer_id, mandate.status, new_status)
            changed += 1
    return changed


if __name__ == "__main__":
    import os

    from sqlalchemy import create_engine

    logging.basicConfig(level=logging.INFO)
    gc = gocardless_pro.Client(
        access_token=os.environ["GOCARDLESS_ACCESS_TOKEN"],
        environment=os.environ.get("GOCARDLESS_ENVIRONMENT", "live"),
    )
    count = sync_mandates(create_engine(os.environ["ROUNDS_DATABASE_URL"]), gc)
    log.info("Updated %d mandates", count)
