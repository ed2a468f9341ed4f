"""Schedules retries of failed instalment collections.

Failed card charges are retried on a back-off ladder. A little jitter spreads
retries so thousands of them do not hit the processor in the same second
after the morning collection run.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

RETRY_LADDER_HOURS = (6, 24, 72, 120)
MAX_JITTER_MINUTES = 45
SOFT_DECLINE_CODES = {"insufficient_funds", "do_not_honor", "try_again_later", "processing_error"}


@dataclass
class RetryPlan:
    instalment_id: int
    attempt: int
    run_at: datetime
    idempotency_key: str


def _jitter(max_minutes: int = MAX_JITTER_MINUTES) -> timedelta:
    return timedelta(seconds=random.uniform(0, max_minutes * 60))


def plan_retry(instalment_id: int, attempt: int, decline_code: str, failed_at: datetime | None = None) -> RetryPlan | None:
    """Return the next retry for a failed collection, or None to hand off to collections."""
    if decline_code not in SOFT_DECLINE_CODES:
        return None
    if attempt >= len(RETRY_LADDER_HOURS):
        return None
    failed_at = failed_at or datetime.now(timezone.utc)
    run_at = failed_at + timedelta(hours=RETRY_LADDER_HOURS[attempt]) + _jitter()
    # quiet hours: never charge customers between 22:00 and 07:00 UTC
    if run_at.hour >= 22 or run_at.hour < 7:
        run_at = (run_at + timedelta(days=1 if run_at.hour >= 22 else 0)).replace(hour=7, minute=0)
        run_at += _jitter(30)
    return RetryPlan(
        instalment_id=instalment_id,
        attempt=attempt + 1,
        run_at=run_at,
        idempotency_key=f"retry-{instalment_id}-{attempt + 1}-{secrets.token_hex(8)}",
    )


def shuffle_batch(plans: list[RetryPlan]) -> list[RetryPlan]:
    """Interleave merchants within a run so one merchant's batch is not charged back to back."""
    shuffled = plans[:]
    random.shuffle(shuffled)
    return shuffled
