"""Volunteer kiosk PIN management.

Volunteers clock in for their rota shift at the mews kiosk with a short PIN.
This module stores and checks those PINs against the volunteer table.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from falconer.models import Volunteer


@dataclass(frozen=True)
class PinHashPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16
    min_length: int = 4


POLICY = PinHashPolicy()


def _derive(pin: str, salt: bytes, policy: PinHashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode("utf-8"), salt, policy.iterations)


def set_pin(session: Session, volunteer_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) < POLICY.min_length:
        raise ValueError(f"PIN must be at least {POLICY.min_length} digits")
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise LookupError(f"volunteer {volunteer_id} not found")
    salt = os.urandom(POLICY.salt_bytes)
    volunteer.pin_salt = salt
    volunteer.pin_hash = _derive(pin, salt)
    session.commit()


def check_pin(session: Session, badge_number: str, pin: str) -> Volunteer | None:
    volunteer = session.scalars(
        select(Volunteer).where(Volunteer.badge_number == badge_number)
    ).first()
    if volunteer is None or volunteer.pin_hash is None:
        return None
    candidate = _derive(pin, volunteer.pin_salt)
    if hmac.compare_digest(candidate, volunteer.pin_hash):
        return volunteer
    return None


def clear_pin(session: Session, volunteer_id: int) -> None:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is not None:
        volunteer.pin_hash = None
        volunteer.pin_salt = None
        session.commit()
