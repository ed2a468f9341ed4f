"""Scheduled job that refunds bike hire deposits after bikes are checked back in."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import stripe
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("velodrome.hire.deposits")


@dataclass(frozen=True)
class SchedulerConfig:
    database_url: str
    stripe_key: str
    interval: int = 60

    @classmethod
    def from_env(cls) -> "SchedulerConfig":
        return cls(os.environ["HIRE_DATABASE_URL"], os.environ["STRIPE_SECRET_KEY"])

    @property
    def safe_database_url(self) -> str:
        return make_url(self.database_url).render_as_string(hide_password=True)


DUE = text(
    "SELECT id, deposit_payment_intent, deposit_cents FROM bike_hires "
    "WHERE checked_in_at IS NOT NULL AND deposit_refunded_at IS NULL "
    "AND damage_reported = false ORDER BY checked_in_at LIMIT 25 FOR UPDATE SKIP LOCKED"
)
MARK = text("UPDATE bike_hires SET deposit_refunded_at = now(), refund_id = :rid WHERE id = :id")


def run(config: SchedulerConfig) -> None:
    stripe.api_key = config.stripe_key
    engine = create_engine(config.database_url, pool_pre_ping=True)
    log.info("deposit scheduler starting against %s every %ss", config.safe_database_url, config.interval)
    while True:
        refunded = 0
        with engine.begin() as conn:
            for hire_id, intent, cents in conn.execute(DUE):
                try:
                    refund = stripe.Refund.create(
                        payment_intent=intent, amount=cents, idempotency_key=f"deposit-{hire_id}"
                    )
                except stripe.error.StripeError as exc:
                    log.error("refund failed for hire %s: %s", hire_id, type(exc).__name__)
                    continue
                conn.execute(MARK, {"rid": refund.id, "id": hire_id})
                refunded += 1
        log.info("refunded %d deposits", refunded)
        time.sleep(config.interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(SchedulerConfig.from_env())
