"""PIN storage for the technician mobile app.

Technicians unlock the field app with a short numeric PIN. The PIN record is
kept per device so a lost phone can be revoked without touching the
technician's main portal account.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from pianotuner.models import TechnicianDevicePin

SALT_BYTES = 16


@dataclass
class PinRecord:
    technician_id: int
    device_id: str
    salt: bytes
    digest: str


class TechnicianPinStore:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _digest(salt: bytes, pin: str) -> str:
        return hashlib.sha256(salt + pin.encode("utf-8")).hexdigest()

    def enroll(self, technician_id: int, device_id: str, pin: str) -> PinRecord:
        if not pin.isdigit() or not 4 <= len(pin) <= 8:
            raise ValueError("PIN must be 4 to 8 digits")
        salt = os.urandom(SALT_BYTES)
        record = PinRecord(technician_id, device_id, salt, self._digest(salt, pin))
        row = TechnicianDevicePin(
            technician_id=technician_id,
            device_id=device_id,
            salt=salt,
            pin_digest=record.digest,
            enrolled_at=datetime.now(timezone.utc),
        )
        self.session.merge(row)
        self.session.commit()
        return record

    def verify(self, technician_id: int, device_id: str, pin: str) -> bool:
        row = (
            self.session.query(TechnicianDevicePin)
            .filter_by(technician_id=technician_id, device_id=device_id, revoked=False)
            .one_or_none()
        )
        if row is None:
            return False
        return hmac.compare_digest(row.pin_digest, self._digest(row.salt, pin))

    def revoke(self, technician_id: int, device_id: str) -> None:
        self.session.query(TechnicianDevicePin).filter_by(
            technician_id=technician_id, device_id=device_id
        ).update({"revoked": True})
        self.session.commit()
