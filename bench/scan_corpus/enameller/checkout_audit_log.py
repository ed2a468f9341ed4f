"""Audit trail for card checkouts on the online badge shop."""
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

audit = logging.getLogger("enameller.audit.checkout")


@dataclass
class CardDetails:
    number: str
    expiry: str
    cvc: str
    holder: str


@dataclass
class CheckoutAttempt:
    order_ref: str
    customer_email: str
    amount: Decimal
    card: CardDetails
    ip_address: str


def _card_summary(card: CardDetails) -> dict:
    digits = "".join(ch for ch in card.number if ch.isdigit())
    return {"last4": digits[-4:], "brand": _brand(digits), "expiry": card.expiry}


def _brand(digits: str) -> str:
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in {"51", "52", "53", "54", "55"} or (len(digits) >= 4 and 2221 <= int(digits[:4]) <= 2720):
        return "mastercard"
    if digits[:2] in {"34", "37"}:
        return "amex"
    return "other"


def record_attempt(attempt: CheckoutAttempt, outcome: str, provider_ref: str | None = None) -> None:
    entry = {
        "at": datetime.now(timezone.utc).isoformat(),
        "order": attempt.order_ref,
        "customer": attempt.customer_email,
        "amount": str(attempt.amount),
        "card": _card_summary(attempt.card),
        "ip": attempt.ip_address,
        "outcome": outcome,
        "provider_ref": provider_ref,
    }
    audit.info("checkout %s", json.dumps(entry, sort_keys=True))


def record_error(attempt: CheckoutAttempt, exc: Exception) -> None:
    audit.error(
        "checkout error for order %s (%s): %s",
        attempt.order_ref, _card_summary(attempt.card)["last4"], type(exc).__name__,
    )
