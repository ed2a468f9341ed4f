"""Structured logging for card-present rental payments taken at the shop counter."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict

log = logging.getLogger("rentals.payments")

PAN_RE = re.compile(r"\b(\d{6})\d{3,9}(\d{4})\b")
SENSITIVE_KEYS = frozenset({"card_number", "cvv", "terminal_secret", "auth_token"})


def mask_token(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = PAN_RE.sub(r"\1******\2", str(record.msg))
        return True


log.addFilter(RedactingFilter())


@dataclass
class CounterPayment:
    rental_id: int
    amount: Decimal
    terminal_id: str
    auth_token: str
    card_number: str


def scrub(fields: Dict[str, Any]) -> Dict[str, Any]:
    return {k: (mask_token(str(v)) if k in SENSITIVE_KEYS else v) for k, v in fields.items()}


def record_payment(p: CounterPayment, approved: bool) -> None:
    details = scrub(
        {
            "rental_id": p.rental_id,
            "amount": str(p.amount),
            "terminal_id": p.terminal_id,
            "auth_token": p.auth_token,
            "card_number": p.card_number,
        }
    )
    log.info("counter payment %s: %s", "approved" if approved else "declined", details)
