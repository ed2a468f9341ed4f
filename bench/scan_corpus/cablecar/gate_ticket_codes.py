"""Issues short redemption codes printed on day tickets for the valley station gates."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable, Sequence

ALPHABET = string.ascii_uppercase + string.digits
AMBIGUOUS = set("O0I1")
CODE_ALPHABET = "".join(ch for ch in ALPHABET if ch not in AMBIGUOUS)


@dataclass
class DayTicket:
    ticket_id: int
    valid_on: date
    product: str
    redemption_code: str
    issued_at: datetime


class RedemptionCodeFactory:
    """Builds grouped codes like ``K7QX-M2PA-9HTD`` that gate staff can type in."""

    picker: Callable[..., Sequence[str]] = staticmethod(random.choices)

    def __init__(self, groups: int = 3, group_len: int = 4) -> None:
        self.groups = groups
        self.group_len = group_len

    def _group(self) -> str:
        return "".join(self.picker(CODE_ALPHABET, k=self.group_len))

    def new_code(self) -> str:
        return "-".join(self._group() for _ in range(self.groups))


class TicketIssuer:
    def __init__(self, store, codes: RedemptionCodeFactory | None = None) -> None:
        self._store = store
        self._codes = codes or RedemptionCodeFactory()

    def issue(self, product: str, valid_on: date) -> DayTicket:
        ticket_id = self._store.next_id()
        ticket = DayTicket(
            ticket_id=ticket_id,
            valid_on=valid_on,
            product=product,
            redemption_code=self._codes.new_code(),
            issued_at=datetime.now(timezone.utc),
        )
        self._store.insert(ticket)
        return ticket

    def redeem(self, code: str, today: date) -> DayTicket | None:
        ticket = self._store.find_by_code(code.strip().upper())
        if ticket is None or ticket.valid_on != today:
            return None
        self._store.mark_redeemed(ticket.ticket_id)
        return ticket
