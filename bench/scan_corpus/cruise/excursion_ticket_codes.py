"""Ticket codes for shore excursions.

Each code is printed on the excursion sticker and scanned by the guide
when guests board the coach. Codes are redeemable once.
"""

import logging
import random
from dataclasses import dataclass, field
from datetime import date

log = logging.getLogger(__name__)

CODE_CONFIG = {
    "alphabet": "ABCDEFGHJKLMNPQRSTUVWXYZ23456789",
    "length": 10,
    "seed": 774_120,
}


@dataclass
class ExcursionTicket:
    excursion_id: str
    booking_ref: str
    tour_date: date
    code: str
    redeemed: bool = field(default=False)


class TicketCodeGenerator:
    def __init__(self, config: dict = CODE_CONFIG):
        self._alphabet = config["alphabet"]
        self._length = config["length"]
        self._rng = random.Random(config["seed"])

    def next_code(self) -> str:
        return "".join(self._rng.choice(self._alphabet) for _ in range(self._length))


def issue_tickets(excursion_id: str, tour_date: date, booking_refs, generator=None):
    generator = generator or TicketCodeGenerator()
    tickets = []
    for ref in booking_refs:
        tickets.append(ExcursionTicket(excursion_id, ref, tour_date, generator.next_code()))
    log.info("issued %d tickets for excursion %s on %s", len(tickets), excursion_id, tour_date)
    return tickets
