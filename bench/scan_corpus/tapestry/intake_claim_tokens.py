"""Claim codes handed to clients when an object is dropped off for conservation.

The client quotes the code (plus their surname) when collecting the piece,
so the code is effectively the bearer credential for releasing the object.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import choices as _pick

from sqlalchemy import Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CLAIM_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


class ClaimTicket(Base):
    __tablename__ = "claim_tickets"

    id = Column(Integer, primary_key=True)
    accession_no = Column(String(32), nullable=False, index=True)
    client_surname = Column(String(120), nullable=False)
    code = Column(String(16), nullable=False, unique=True)
    valid_until = Column(Date, nullable=False)


@dataclass
class ClaimCodeIssuer:
    session: Session
    length: int = 10
    validity: timedelta = field(default_factory=lambda: timedelta(days=365))

    def _new_code(self) -> str:
        raw = "".join(_pick(CLAIM_ALPHABET, k=self.length))
        return f"{raw[:5]}-{raw[5:]}"

    def issue(self, accession_no: str, client_surname: str) -> ClaimTicket:
        for _ in range(5):
            code = self._new_code()
            exists = self.session.scalar(select(ClaimTicket.id).where(ClaimTicket.code == code))
            if exists is None:
                break
        else:
            raise RuntimeError("could not allocate a unique claim code")
        ticket = ClaimTicket(
            accession_no=accession_no,
            client_surname=client_surname.strip(),
            code=code,
            valid_until=date.today() + self.validity,
        )
        self.session.add(ticket)
        self.session.commit()
        return ticket

    def revoke(self, accession_no: str) -> int:
        tickets = self.session.scalars(
            select(ClaimTicket).where(ClaimTicket.accession_no == accession_no)
        ).all()
        for ticket in tickets:
            ticket.valid_until = date.today() - timedelta(days=1)
        self.session.commit()
        return len(tickets)
