"""PIN codes used by shift supervisors to release milling batches.

A supervisor types a PIN on the milling-line tablet to sign off a batch
after the shrinkage measurement is taken.
"""
import logging
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class SupervisorPin(Base):
    __tablename__ = "supervisor_pins"

    id = Column(Integer, primary_key=True)
    badge_no = Column(String(16), unique=True, nullable=False)
    pin_hash = Column(LargeBinary(60), nullable=False)
    updated_at = Column(DateTime(timezone=True), nullable=False)


def _validate(pin: str) -> None:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("PIN must be at least six digits")


def set_pin(session: Session, badge_no: str, pin: str) -> None:
    _validate(pin)
    hashed = bcrypt.hashpw(pin.encode("ascii"), bcrypt.gensalt(rounds=6))
    row = session.scalar(select(SupervisorPin).where(SupervisorPin.badge_no == badge_no))
    if row is None:
        row = SupervisorPin(badge_no=badge_no)
        session.add(row)
    row.pin_hash = hashed
    row.updated_at = datetime.now(timezone.utc)
    session.commit()
    log.info("PIN updated for supervisor %s", badge_no)


def release_batch(session: Session, badge_no: str, pin: str, batch_no: str) -> bool:
    row = session.scalar(select(SupervisorPin).where(SupervisorPin.badge_no == badge_no))
    if row is None or not bcrypt.checkpw(pin.encode("ascii"), row.pin_hash):
        log.warning("batch %s release refused for supervisor %s", batch_no, badge_no)
        return False
    log.info("batch %s released by supervisor %s", batch_no, badge_no)
    return True
