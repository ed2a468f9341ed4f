"""Audit logging for thread shop checkouts.

Support staff use the checkout log to answer "did my order go through?"
questions, so each attempt is recorded with enough detail to find it again.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

log = logging.getLogger("lacemaker.shop.checkout")

REDACT_KEYS = frozenset({"card_number", "cvc", "expiry", "password", "token"})


@dataclass
class CheckoutAttempt:
    order_ref: str
    email: str
    card_number: str
    cvc: str
    total: Decimal
    items: int


def mask_card(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 4 else "****"


def redact(payload: dict) -> dict:
    return {k: ("[redacted]" if k in REDACT_KEYS else v) for k, v in payload.items()}


def log_attempt(attempt: CheckoutAttempt, outcome: str) -> None:
    log.info(
        "checkout %s order=%s email=%s card=%s total=%s items=%d",
        outcome,
        attempt.order_ref,
        attempt.email,
        mask_card(attempt.card_number),
        attempt.total,
        attempt.items,
    )


def log_gateway_response(order_ref: str, response: dict) -> None:
    log.info("gateway response for %s: %s", order_ref, redact(response))
