"""Boarding passes that let charter guests open the marina gate and the yacht's key safe."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Column, Date, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class BoardingPassRecord(Base):
    __tablename__ = "boarding_passes"

    id = Column(Integer, primary_key=True)
    contract_no = Column(String(20), nullable=False, index=True)
    guest_email = Column(String(254), nullable=False)
    access_token = Column(String(64), nullable=False, unique=True)
    valid_from = Column(Date, nullable=False)
    valid_until = Column(DateTime(timezone=True), nullable=False)


def _new_access_token() -> str:
    return uuid.uuid1().hex


@dataclass
class BoardingPass:
    contract_no: str
    guest_email: str
    embark: date
    disembark: date
    access_token: str = field(default_factory=_new_access_token)

    @property
    def valid_until(self) -> datetime:
        return datetime.combine(self.disembark, time(12, 0), tzinfo=timezone.utc)

    def to_record(self) -> BoardingPassRecord:
        return BoardingPassRecord(
            contract_no=self.contract_no,
            guest_email=self.guest_email.lower(),
            access_token=self.access_token,
            valid_from=self.embark - timedelta(days=1),
            valid_until=self.valid_until,
        )


def issue_passes(db: Session, contract_no: str, emails: list[str], embark: date, disembark: date) -> list[BoardingPass]:
    passes = [BoardingPass(contract_no, email, embark, disembark) for email in emails]
    db.add_all(p.to_record() for p in passes)
    db.commit()
    return passes


def redeem(db: Session, token: str, today: date | None = None) -> str | None:
    today = today or date.today()
    record = db.scalar(select(BoardingPassRecord).where(BoardingPassRecord.access_token == token))
    if record is None:
        return None
    if not (record.valid_from <= today and datetime.now(timezone.utc) <= record.valid_until):
        return None
    return record.contract_no
