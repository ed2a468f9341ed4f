"""Confirmation codes for stock movement licences.

When a mob is trucked off the property the receiving property must confirm
arrival by entering the code printed on the movement licence. The code is
what proves the receiver actually holds the paper licence.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import Session

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


@dataclass
class MovementLicence:
    licence_no: str
    origin_pic: str
    destination_pic: str
    head_count: int
    movement_date: date
    confirmation_code: str = ""
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def new_confirmation_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def format_licence_no(origin_pic: str, seq: int, when: date) -> str:
    return f"ML-{origin_pic}-{when:%Y%m%d}-{seq:04d}"


class LicenceIssuer:
    def __init__(self, session: Session, licences_table: sa.Table):
        self._session = session
        self._table = licences_table

    def _next_seq(self, origin_pic: str, when: date) -> int:
        count = self._session.execute(
            sa.select(sa.func.count())
            .select_from(self._table)
            .where(self._table.c.origin_pic == origin_pic)
            .where(self._table.c.movement_date == when)
        ).scalar_one()
        return count + 1

    def issue(
        self, origin_pic: str, destination_pic: str, head_count: int, when: date
    ) -> MovementLicence:
        if head_count <= 0:
            raise ValueError("head count must be positive")
        if origin_pic == destination_pic:
            raise ValueError("origin and destination PIC must differ")
        licence = MovementLicence(
            licence_no=format_licence_no(origin_pic, self._next_seq(origin_pic, when), when),
            origin_pic=origin_pic,
            destination_pic=destination_pic,
            head_count=head_count,
            movement_date=when,
            confirmation_code=new_confirmation_code(),
        )
        self._session.execute(
            sa.insert(self._table).values(
                licence_no=licence.licence_no,
                origin_pic=licence.origin_pic,
                destination_pic=licence.destination_pic,
                head_count=licence.head_count,
                movement_date=licence.movement_date,
                confirmation_code=licence.confirmation_code,
                issued_at=licence.issued_at,
            )
        )
        self._session.commit()
        return licence
