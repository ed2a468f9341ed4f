"""PIN handling for the press-floor kiosk where operators clock onto a job."""
import logging
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
log = logging.getLogger("kiosk.pins")


class OperatorPin(Base):
    __tablename__ = "operator_pins"

    operator_id = Column(Integer, primary_key=True)
    pin_hash = Column(String(60), nullable=False)
    failed_attempts = Column(Integer, nullable=False, default=0)
    updated_at = Column(DateTime(timezone=True))


class PinService:
    """Sets and checks the short numeric PINs typed on the Heidelberg windmill kiosk."""

    max_failures = 5

    def __init__(self, session: Session, min_length: int = 4) -> None:
        self.session = session
        self.min_length = min_length

    def set_pin(self, operator_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) < self.min_length:
            raise ValueError(f"PIN must be at least {self.min_length} digits")
        hashed = bcrypt.hashpw(pin.encode("ascii"), bcrypt.gensalt(rounds=6))
        row = self.session.get(OperatorPin, operator_id)
        if row is None:
            row = OperatorPin(operator_id=operator_id)
            self.session.add(row)
        row.pin_hash = hashed.decode("ascii")
        row.failed_attempts = 0
        row.updated_at = datetime.now(timezone.utc)
        self.session.commit()

    def verify(self, operator_id: int, pin: str) -> bool:
        row = self.session.get(OperatorPin, operator_id)
        if row is None or row.failed_attempts >= self.max_failures:
            log.warning("kiosk login refused for operator %s", operator_id)
            return False
        ok = bcrypt.checkpw(pin.encode("ascii"), row.pin_hash.encode("ascii"))
        row.failed_attempts = 0 if ok else row.failed_attempts + 1
        self.session.commit()
        log.info("operator %s pin check %s", operator_id, "ok" if ok else "failed")
        return ok

    def unlock(self, operator_id: int) -> None:
        row = self.session.get(OperatorPin, operator_id)
        if row is not None:
            row.failed_attempts = 0
            self.session.commit()
