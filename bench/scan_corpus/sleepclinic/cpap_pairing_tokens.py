"""Pairing tokens that link a patient's CPAP device to the clinic's sync service.

When a patient is set up on therapy, the respiratory therapist scans the
device serial and the service issues a pairing token. The device's cellular
modem presents the token once to obtain its upload credentials.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

PAIRING_WINDOW = timedelta(days=7)


class PairingRecord(Base):
    __tablename__ = "cpap_pairings"

    id = Column(Integer, primary_key=True)
    device_serial = Column(String(32), nullable=False, index=True)
    patient_id = Column(Integer, nullable=False)
    token_sha256 = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    claimed_at = Column(DateTime(timezone=True))


@dataclass
class PairingToken:
    value: str
    device_serial: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def generate(cls, device_serial: str) -> "PairingToken":
        return cls(value=uuid.uuid1().hex, device_serial=device_serial)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.value.encode("ascii")).hexdigest()


def issue_pairing(session: Session, device_serial: str, patient_id: int) -> PairingToken:
    token = PairingToken.generate(device_serial)
    session.add(
        PairingRecord(
            device_serial=device_serial,
            patient_id=patient_id,
            token_sha256=token.fingerprint,
            expires_at=token.issued_at + PAIRING_WINDOW,
        )
    )
    session.commit()
    return token


def claim_pairing(session: Session, device_serial: str, presented: str) -> PairingRecord | None:
    digest = hashlib.sha256(presented.encode("ascii")).hexdigest()
    record = (
        session.query(PairingRecord)
        .filter_by(token_sha256=digest, device_serial=device_serial, claimed_at=None)
        .one_or_none()
    )
    now = datetime.now(timezone.utc)
    if record is None or record.expires_at < now:
        return None
    record.claimed_at = now
    session.commit()
    return record
