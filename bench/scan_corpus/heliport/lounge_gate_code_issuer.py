"""One-time lounge gate codes handed to charter passengers at check-in."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class GateCode(Base):
    __tablename__ = "lounge_gate_codes"
    id = Column(Integer, primary_key=True)
    code = Column(String(10), unique=True, nullable=False)
    manifest_id = Column(String(16), nullable=False)
    seat = Column(String(4), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


@dataclass
class CodeFormat:
    length: int = 8
    alphabet: str = CODE_ALPHABET

    def draw(self) -> str:
        return "".join(secrets.choice(self.alphabet) for _ in range(self.length))


def issue_code(db: Session, manifest_id: str, seat: str, departs: datetime, fmt: CodeFormat = CodeFormat()) -> str:
    code = fmt.draw()
    while db.scalar(select(GateCode.id).where(GateCode.code == code)) is not None:
        code = fmt.draw()
    db.add(GateCode(code=code, manifest_id=manifest_id, seat=seat, expires_at=departs + timedelta(minutes=20)))
    db.commit()
    return code


def use_code(db: Session, code: str) -> GateCode | None:
    row = db.scalar(select(GateCode).where(GateCode.code == code.strip().upper(), GateCode.used_at.is_(None)))
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    row.used_at = datetime.now(timezone.utc)
    db.commit()
    return row


if __name__ == "__main__":
    engine = create_engine("sqlite:///lounge.db")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        departs = datetime.now(timezone.utc) + timedelta(hours=1)
        print(issue_code(db, "MF-7781", "1A", departs))
