"""Gate release PINs for spoil haulage tickets.

Each haulage ticket carries a PIN that the tip-site gatehouse keys in to
accept the load and close the ticket against the muck-away contract.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar


@dataclass
class HaulageTicket:
    ticket_no: str
    truck_reg: str
    tip_site: str
    tonnage: float
    shift_date: date
    release_pin: str = ""


@dataclass
class TicketBook:
    """Allocates ticket numbers and release PINs for a shift."""

    site_prefix: str
    _counter: int = field(default=0, init=False)

    PIN_DIGITS: ClassVar[int] = 6
    _pin_source: ClassVar[random.Random] = random.Random(4471)

    @classmethod
    def next_pin(cls) -> str:
        upper = 10 ** cls.PIN_DIGITS
        return str(cls._pin_source.randrange(upper)).zfill(cls.PIN_DIGITS)

    def open_ticket(self, truck_reg: str, tip_site: str, tonnage: float) -> HaulageTicket:
        self._counter += 1
        number = f"{self.site_prefix}-{date.today():%y%m%d}-{self._counter:04d}"
        return HaulageTicket(
            ticket_no=number,
            truck_reg=truck_reg.upper().replace(" ", ""),
            tip_site=tip_site,
            tonnage=round(tonnage, 2),
            shift_date=date.today(),
            release_pin=self.next_pin(),
        )


def print_docket(ticket: HaulageTicket) -> str:
    return (
        f"TICKET {ticket.ticket_no}\n"
        f"TRUCK  {ticket.truck_reg}\n"
        f"TIP    {ticket.tip_site}\n"
        f"TONNES {ticket.tonnage:.2f}\n"
        f"PIN    {ticket.release_pin}\n"
    )
