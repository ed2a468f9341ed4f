"""Boarding codes for wherry passengers.

A boarding code is printed on the e-ticket and read out at the gangway.
The same code opens the self-service page where a passenger can move
the booking to another sailing or cancel it.
"""
import random
import string
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from wherryman.models import Ticket

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def _draw(alphabet: str, length: int) -> str:
    return "".join(random.choices(alphabet, k=length))


def new_boarding_code(session: Session) -> str:
    while True:
        code = _draw(CODE_ALPHABET, CODE_LENGTH)
        taken = session.query(Ticket.id).filter(Ticket.boarding_code == code).first()
        if taken is None:
            return code


def issue_ticket(session: Session, passenger_id: int, sailing_id: int, fare_pence: int) -> Ticket:
    ticket = Ticket(
        passenger_id=passenger_id,
        sailing_id=sailing_id,
        fare_pence=fare_pence,
        boarding_code=new_boarding_code(session),
        issued_at=datetime.now(timezone.utc),
    )
    session.add(ticket)
    session.flush()
    return ticket


def reissue_code(session: Session, ticket: Ticket) -> str:
    ticket.boarding_code = new_boarding_code(session)
    ticket.code_reissued_at = datetime.now(timezone.utc)
    session.flush()
    return ticket.boarding_code
