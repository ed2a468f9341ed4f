"""Pairing codes that link a patient's CPAP device to the clinic's sync service.

The respiratory therapist scans the device serial at set-up and the service
issues a pairing code. The device's modem presents the code once to obtain
its upload credentials. Only a SHA-256 fingerprint of the code is stored.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

PAIRING_WINDOW = timedelta(days=7)


class DevicePairing(Base):
    __tablename__ = "device_pairings"

    id = Column(Integer, primary_key=True)
    device_serial = Column(String(32), nullable=False, index=True)
    patient_id = Column(Integer, nullable=False)
    code_sha256 = Column(String(64), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    claimed_at = Column(DateTime(timezone=True))


@dataclass
class PairingCode:
    value: str
    device_serial: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def generate(cls, device_serial: str) -> "PairingCode":
        return cls(value=secrets.token_urlsafe(24), device_serial=device_serial)

    @staticmethod
    def fingerprint_of(value: str) -> str:
        return hashlib.sha256(value.encode("ascii")).hexdigest()


def issue(session: Session, device_serial: str, patient_id: int) -> PairingCode:
    code = PairingCode.generate(device_serial)
    session.add(
        DevicePairing(
            device_serial=device_serial,
            patient_id=patient_id,
            code_sha256=PairingCode.fingerprint_of(code.value),
            expires_at=code.issued_at + PAIRING_WINDOW,
        )
    )
    session.commit()
    return code


def claim(session: Session, device_serial: str, presented: str) -> DevicePairing | None:
    pending = (
        session.query(DevicePairing)
        .filter_by(device_serial=device_serial, claimed_at=None)
        .order_by(DevicePairing.id.desc())
        .first()
    )
    now = datetime.now(timezone.utc)
    if pending is None or pending.expires_at < now:
        return None
    if not hmac.compare_digest(pending.code_sha256, PairingCode.fingerprint_of(presented)):
        return None
    pending.claimed_at = now
    session.commit()
    return pending
