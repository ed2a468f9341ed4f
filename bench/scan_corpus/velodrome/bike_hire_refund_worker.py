"""Background worker that refunds bike hire deposits once bikes are checked back in."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import psycopg
import stripe

log = logging.getLogger("velodrome.hire.refunds")


@dataclass(frozen=True)
class WorkerConfig:
    database_url: str
    stripe_key: str
    poll_seconds: int = 30
    batch_size: int = 25

    @classmethod
    def load(cls) -> "WorkerConfig":
        return cls(
            database_url=os.environ["HIRE_DATABASE_URL"],
            stripe_key=os.environ["STRIPE_SECRET_KEY"],
            poll_seconds=int(os.environ.get("REFUND_POLL_SECONDS", "30")),
        )


PENDING_SQL = """
    SELECT h.id, h.deposit_payment_intent, h.deposit_cents
    FROM bike_hires h
    WHERE h.checked_in_at IS NOT NULL
      AND h.deposit_refunded_at IS NULL
      AND h.damage_reported = false
    ORDER BY h.checked_in_at
    LIMIT %s
    FOR UPDATE SKIP LOCKED
"""


def refund_batch(conn: psycopg.Connection, batch_size: int) -> int:
    done = 0
    with conn.transaction():
        rows = conn.execute(PENDING_SQL, (batch_size,)).fetchall()
        for hire_id, intent_id, cents in rows:
            refund = stripe.Refund.create(
                payment_intent=intent_id,
                amount=cents,
                idempotency_key=f"hire-deposit-{hire_id}",
            )
            conn.execute(
                "UPDATE bike_hires SET deposit_refunded_at = now(), refund_id = %s WHERE id = %s",
                (refund.id, hire_id),
            )
            log.info("refunded deposit for hire %s (%s cents)", hire_id, cents)
            done += 1
    return done


def run_forever(config: WorkerConfig) -> None:
    stripe.api_key = config.stripe_key
    log.info("refund worker starting, database=%s poll=%ss", config.database_url, config.poll_seconds)
    with psycopg.connect(config.database_url) as conn:
        while True:
            try:
                count = refund_batch(conn, config.batch_size)
            except stripe.error.StripeError as exc:
                log.error("stripe error: %s", exc.user_message or type(exc).__name__)
                count = 0
            if count == 0:
                time.sleep(config.poll_seconds)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    run_forever(WorkerConfig.load())
