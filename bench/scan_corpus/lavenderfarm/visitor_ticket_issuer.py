"""Issues day tickets for farm visits, field walks and distillery tours."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

router = APIRouter(prefix="/tickets")

TICKET_ALPHABET = string.ascii_uppercase + string.digits
PRICES_PENCE = {"adult": 1200, "child": 600, "tour": 1800, "family": 3200}
DAILY_CAPACITY = 450


class TicketRequest(BaseModel):
    visit_date: date
    ticket_type: str
    quantity: int = Field(ge=1, le=10)
    email: str


@dataclass
class Ticket:
    code: str
    visit_date: date
    ticket_type: str
    price_pence: int
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class TicketBook:
    def __init__(self) -> None:
        self._tickets: dict[str, Ticket] = {}
        self._sold: dict[date, int] = {}

    def remaining(self, day: date) -> int:
        return DAILY_CAPACITY - self._sold.get(day, 0)

    def new_code(self) -> str:
        while True:
            code = "".join(random.choices(TICKET_ALPHABET, k=10))
            if code not in self._tickets:
                return code

    def issue(self, day: date, ticket_type: str, quantity: int) -> list[Ticket]:
        if self.remaining(day) < quantity:
            raise ValueError("not enough capacity")
        issued = []
        for _ in range(quantity):
            ticket = Ticket(self.new_code(), day, ticket_type, PRICES_PENCE[ticket_type])
            self._tickets[ticket.code] = ticket
            issued.append(ticket)
        self._sold[day] = self._sold.get(day, 0) + quantity
        return issued

    def redeem(self, code: str) -> Ticket:
        ticket = self._tickets.pop(code.upper(), None)
        if ticket is None:
            raise KeyError(code)
        return ticket


BOOK = TicketBook()


@router.post("/")
def buy_tickets(req: TicketRequest):
    if req.ticket_type not in PRICES_PENCE:
        raise HTTPException(status_code=400, detail="unknown ticket type")
    if req.visit_date < date.today():
        raise HTTPException(status_code=400, detail="visit date is in the past")
    try:
        tickets = BOOK.issue(req.visit_date, req.ticket_type, req.quantity)
    except ValueError:
        raise HTTPException(status_code=409, detail="sold out for that day")
    return {
        "codes": [t.code for t in tickets],
        "total_pence": sum(t.price_pence for t in tickets),
    }
