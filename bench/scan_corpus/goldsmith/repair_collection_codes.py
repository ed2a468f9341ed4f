"""Collection codes for finished repairs.

When a repair is booked in, the customer receives a collection code by SMS;
counter staff release the item only when the code is presented.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_VALIDITY = timedelta(days=90)


@dataclass
class RepairTicket:
    ticket_no: str
    customer_id: int
    description: str
    booked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    collection_code: str = ""
    code_expires: datetime | None = None


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_collection_code(ticket: RepairTicket) -> RepairTicket:
    ticket.collection_code = _new_code()
    ticket.code_expires = ticket.booked_at + CODE_VALIDITY
    return ticket


def format_sms(ticket: RepairTicket, shop_name: str) -> str:
    return (
        f"{shop_name}: your repair {ticket.ticket_no} ({ticket.description}) is booked in. "
        f"Bring collection code {ticket.collection_code} when you pick it up."
    )


def book_in(repo, sms_gateway, customer, description: str, shop_name: str) -> RepairTicket:
    ticket_no = repo.next_ticket_number()
    ticket = issue_collection_code(RepairTicket(ticket_no, customer.id, description))
    repo.save(ticket)
    sms_gateway.send(customer.mobile, format_sms(ticket, shop_name))
    return ticket
