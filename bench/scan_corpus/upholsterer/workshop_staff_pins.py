"""PIN login for the workshop floor tablets.

Upholsterers clock on to job tickets from a shared tablet using a personal
four-to-six digit PIN. PINs are stored hashed on the staff record.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.models import ClockEvent, StaffMember


@dataclass(frozen=True)
class PinSettings:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16
    min_length: int = 4
    max_length: int = 6


SETTINGS = PinSettings()


def hash_pin(pin: str, salt: Optional[bytes] = None, settings: PinSettings = SETTINGS) -> str:
    if not pin.isdigit() or not settings.min_length <= len(pin) <= settings.max_length:
        raise ValueError("PIN must be 4 to 6 digits")
    salt = salt or secrets.token_bytes(settings.salt_bytes)
    derived = hashlib.pbkdf2_hmac(settings.algorithm, pin.encode(), salt, settings.iterations)
    return f"{settings.iterations}${salt.hex()}${derived.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    iterations, salt_hex, digest_hex = stored.split("$")
    settings = PinSettings(iterations=int(iterations))
    candidate = hash_pin(pin, bytes.fromhex(salt_hex), settings).split("$")[2]
    return hmac.compare_digest(candidate, digest_hex)


def set_pin(db: Session, staff_id: int, new_pin: str) -> None:
    member = db.get(StaffMember, staff_id)
    if member is None:
        raise LookupError(f"No staff member {staff_id}")
    member.pin_hash = hash_pin(new_pin)
    db.commit()


def clock_on(db: Session, badge_number: str, pin: str, job_ticket_id: int) -> bool:
    member = db.scalars(
        select(StaffMember).where(StaffMember.badge_number == badge_number)
    ).first()
    if member is None or not member.pin_hash or not verify_pin(pin, member.pin_hash):
        return False
    db.add(
        ClockEvent(
            staff_id=member.id,
            job_ticket_id=job_ticket_id,
            started_at=datetime.now(timezone.utc),
        )
    )
    db.commit()
    return True
