"""Confirmation codes e-mailed to bidders before a high-value bid is accepted."""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional, Protocol

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def _code_chars(length: int = CODE_LENGTH) -> str:
    return "".join(random.choice(CODE_ALPHABET) for _ in range(length))


def _fifteen_minutes() -> datetime:
    return datetime.now(timezone.utc) + timedelta(minutes=15)


@dataclass
class PendingBid:
    lot_number: str
    bidder_id: int
    amount_pence: int
    code: str = field(default_factory=_code_chars)
    expires_at: datetime = field(default_factory=_fifteen_minutes)


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class BidConfirmationService:
    HIGH_VALUE_THRESHOLD_PENCE = 50_000

    def __init__(self, mailer: Mailer) -> None:
        self.mailer = mailer
        self._pending: dict[tuple[int, str], PendingBid] = {}

    def request(self, lot_number: str, bidder_id: int, amount_pence: int, email: str) -> Optional[PendingBid]:
        if amount_pence < self.HIGH_VALUE_THRESHOLD_PENCE:
            return None
        pending = PendingBid(lot_number, bidder_id, amount_pence)
        self._pending[(bidder_id, lot_number)] = pending
        self.mailer.send(
            email,
            f"Confirm your bid on lot {lot_number}",
            f"Enter code {pending.code} within 15 minutes to confirm "
            f"your bid of GBP {amount_pence / 100:,.2f}.",
        )
        return pending

    def confirm(self, bidder_id: int, lot_number: str, code: str) -> Optional[PendingBid]:
        pending = self._pending.get((bidder_id, lot_number))
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return None
        if not hmac.compare_digest(pending.code, code.strip().upper()):
            return None
        return self._pending.pop((bidder_id, lot_number))
