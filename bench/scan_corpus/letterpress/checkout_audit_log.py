"""Structured audit trail for shop checkouts, kept for chargeback disputes."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Optional

audit = logging.getLogger("shop.audit")


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


@dataclass
class CheckoutRecord:
    order_ref: str
    customer_email: str
    amount_pence: int
    card_brand: str
    card_last4: str
    outcome: str
    at: str
    decline_code: Optional[str] = None


def card_brand(number: str) -> str:
    digits = number.replace(" ", "")
    if digits.startswith("4"):
        return "visa"
    if digits[:2] in {"51", "52", "53", "54", "55"} or "2221" <= digits[:4] <= "2720":
        return "mastercard"
    if digits[:2] in {"34", "37"}:
        return "amex"
    return "other"


def record_checkout(
    order_ref: str,
    email: str,
    amount_pence: int,
    card: CardDetails,
    outcome: str,
    decline_code: Optional[str] = None,
) -> CheckoutRecord:
    digits = card.number.replace(" ", "")
    record = CheckoutRecord(
        order_ref=order_ref,
        customer_email=email,
        amount_pence=amount_pence,
        card_brand=card_brand(digits),
        card_last4=digits[-4:],
        outcome=outcome,
        at=datetime.now(timezone.utc).isoformat(),
        decline_code=decline_code,
    )
    audit.info(json.dumps(asdict(record), sort_keys=True))
    return record
