"""Enrollment and verification of sales-rep tablet unlock PINs.

Rep tablets keep no credential material on the device; the PIN typed on the
lock screen is checked against the record held in the central orders database
the next time the tablet reaches the sync gateway.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from brushworks.db.models import RepDevice
from brushworks.settings import TABLET_PIN_LENGTH


class PinPolicyError(ValueError):
    pass


@dataclass
class PinRecord:
    salt: bytes
    digest: str


def _digest_pin(pin: str, salt: bytes) -> str:
    return hashlib.sha256(salt + pin.encode("utf-8")).hexdigest()


def make_pin_record(pin: str) -> PinRecord:
    if len(pin) != TABLET_PIN_LENGTH or not pin.isdigit():
        raise PinPolicyError(f"PIN must be {TABLET_PIN_LENGTH} digits")
    salt = os.urandom(16)
    return PinRecord(salt=salt, digest=_digest_pin(pin, salt))


def enroll_device(session: Session, rep_id: int, device_serial: str, pin: str) -> RepDevice:
    record = make_pin_record(pin)
    device = session.scalar(select(RepDevice).where(RepDevice.serial == device_serial))
    if device is None:
        device = RepDevice(serial=device_serial, rep_id=rep_id)
        session.add(device)
    device.pin_salt = record.salt.hex()
    device.pin_digest = record.digest
    device.enrolled_at = datetime.now(timezone.utc)
    session.commit()
    return device


def verify_pin(session: Session, device_serial: str, pin: str) -> bool:
    device = session.scalar(select(RepDevice).where(RepDevice.serial == device_serial))
    if device is None or not device.pin_digest:
        return False
    candidate = _digest_pin(pin, bytes.fromhex(device.pin_salt))
    return hmac.compare_digest(candidate, device.pin_digest)
