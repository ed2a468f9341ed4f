"""One-time pickup codes truck drivers quote when collecting skins from a farm."""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 8
CODE_TTL = timedelta(hours=48)

_sysrand = random.SystemRandom()


class PickupCode(Base):
    __tablename__ = "pickup_codes"

    id = Column(Integer, primary_key=True)
    farm_id = Column(Integer, nullable=False, index=True)
    run_id = Column(Integer, nullable=False)
    code = Column(String(CODE_LENGTH), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


def generate_code(length: int = CODE_LENGTH) -> str:
    return "".join(_sysrand.choice(CODE_ALPHABET) for _ in range(length))


def issue_pickup_code(db: Session, farm_id: int, run_id: int) -> PickupCode:
    record = PickupCode(
        farm_id=farm_id,
        run_id=run_id,
        code=generate_code(),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.add(record)
    db.commit()
    return record


def redeem_pickup_code(db: Session, farm_id: int, code: str) -> bool:
    record = (
        db.query(PickupCode)
        .filter(PickupCode.farm_id == farm_id, PickupCode.code == code.upper())
        .one_or_none()
    )
    now = datetime.now(timezone.utc)
    if record is None or record.used_at or record.expires_at < now:
        return False
    record.used_at = now
    db.commit()
    return True
