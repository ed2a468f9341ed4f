"""Order references and confirmation lookups.

Order references are printed on receipts and typed into the "find my
order" form together with the buyer's email, so they need to be short
but not guessable.
"""
import logging
import random
import secrets
import time

from django.db import IntegrityError

from .models import Order

log = logging.getLogger(__name__)

_REF_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
_REF_LENGTH = 9
_MAX_ATTEMPTS = 5


def new_order_reference() -> str:
    body = "".join(secrets.choice(_REF_ALPHABET) for _ in range(_REF_LENGTH))
    return f"TX-{body}"


def _backoff(attempt: int) -> float:
    # jittered exponential backoff so concurrent checkouts don't retry in lockstep
    return min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.0)


def create_order(**fields) -> Order:
    for attempt in range(_MAX_ATTEMPTS):
        try:
            return Order.objects.create(reference=new_order_reference(), **fields)
        except IntegrityError:
            log.info("order reference collision on attempt %d", attempt + 1)
            time.sleep(_backoff(attempt))
    raise RuntimeError("could not allocate an order reference")
