"""Schedule re-presentation of failed direct debit collections.

When ARUDD reports a collection as unpaid (reason 0 - refer to payer) we
retry once after the customer's next payday, spread over a few days so the
bureau file does not spike.
"""
import datetime as dt
import random
import uuid
from dataclasses import dataclass

RETRYABLE_REASONS = {"0", "4"}
SPREAD_DAYS = 3
MIN_WORKING_DAYS_NOTICE = 3


@dataclass
class FailedCollection:
    mandate_ref: str
    amount_pence: int
    reason_code: str
    original_date: dt.date
    payday: int | None = None


@dataclass
class RetryInstruction:
    idempotency_key: str
    mandate_ref: str
    amount_pence: int
    collection_date: dt.date


def _add_working_days(day: dt.date, n: int) -> dt.date:
    while n:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def plan_retry(failed: FailedCollection, today: dt.date) -> RetryInstruction | None:
    if failed.reason_code not in RETRYABLE_REASONS:
        return None
    earliest = _add_working_days(today, MIN_WORKING_DAYS_NOTICE)
    target = earliest
    if failed.payday:
        candidate = earliest.replace(day=min(failed.payday, 28))
        target = candidate if candidate >= earliest else earliest
    # jitter only spreads bureau load across a few days
    target = _add_working_days(target, random.randint(0, SPREAD_DAYS))
    return RetryInstruction(
        idempotency_key=str(uuid.uuid4()),
        mandate_ref=failed.mandate_ref,
        amount_pence=failed.amount_pence,
        collection_date=target,
    )
