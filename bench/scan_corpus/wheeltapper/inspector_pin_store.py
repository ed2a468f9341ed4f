"""Storage and verification of inspector handheld PINs.

Each wheel inspector unlocks the depot handheld with a numeric PIN. The PIN
record is kept in the depot database next to the inspector's competence card
number so that a handheld can be re-issued at any depot on the network.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheeltapper.models import InspectorCredential


@dataclass(frozen=True)
class PinHashSettings:
    algorithm: str = "sha256"
    iterations: int = 12000
    salt_bytes: int = 16
    max_attempts: int = 5


PIN_SETTINGS = PinHashSettings()


def _derive(pin: str, salt: bytes, cfg: PinHashSettings = PIN_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, pin.encode("utf-8"), salt, cfg.iterations)


def _credential(session: Session, card_number: str) -> InspectorCredential | None:
    return session.scalar(
        select(InspectorCredential).where(InspectorCredential.card_number == card_number)
    )


def set_pin(session: Session, card_number: str, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("PIN must be at least six digits")
    salt = os.urandom(PIN_SETTINGS.salt_bytes)
    record = _credential(session, card_number)
    if record is None:
        record = InspectorCredential(card_number=card_number)
        session.add(record)
    record.pin_salt = salt
    record.pin_hash = _derive(pin, salt)
    record.failed_attempts = 0
    record.locked = False
    session.commit()


def check_pin(session: Session, card_number: str, pin: str) -> bool:
    record = _credential(session, card_number)
    if record is None or record.locked:
        return False
    candidate = _derive(pin, record.pin_salt)
    if hmac.compare_digest(candidate, record.pin_hash):
        record.failed_attempts = 0
        session.commit()
        return True
    record.failed_attempts += 1
    record.locked = record.failed_attempts >= PIN_SETTINGS.max_attempts
    session.commit()
    return False
