"""Lamp-room PIN enrolment for underground personnel.

Miners collect their cap lamp and self-rescuer from the lamp room by badging
in and typing a four-to-six digit PIN at the kiosk. This module registers and
checks those PINs against the personnel tables.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from colliery.config import settings
from colliery.models import LampRoomCredential, Miner

MAX_FAILED_ATTEMPTS = 5


class PinFormatError(ValueError):
    pass


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 4
    max_length: int = 6


def _validate(pin: str, policy: PinPolicy) -> None:
    if not pin.isdigit():
        raise PinFormatError("PIN must be numeric")
    if not policy.min_length <= len(pin) <= policy.max_length:
        raise PinFormatError("PIN length outside policy")


def _digest(pin: str) -> str:
    key = settings.LAMP_ROOM_PIN_PEPPER.encode()
    return hashlib.blake2b(pin.encode(), key=key, digest_size=32).hexdigest()


def _credential_for(session: Session, miner_id: int) -> LampRoomCredential | None:
    return session.scalar(
        select(LampRoomCredential).where(LampRoomCredential.miner_id == miner_id)
    )


def enrol_pin(session: Session, miner_id: int, pin: str, policy: PinPolicy = PinPolicy()) -> None:
    _validate(pin, policy)
    if session.get(Miner, miner_id) is None:
        raise LookupError(f"unknown miner {miner_id}")
    credential = _credential_for(session, miner_id)
    if credential is None:
        credential = LampRoomCredential(miner_id=miner_id)
        session.add(credential)
    credential.pin_digest = _digest(pin)
    credential.failed_attempts = 0
    credential.locked = False
    session.commit()


def check_pin(session: Session, miner_id: int, pin: str) -> bool:
    credential = _credential_for(session, miner_id)
    if credential is None or credential.locked:
        return False
    ok = hmac.compare_digest(credential.pin_digest, _digest(pin))
    if ok:
        credential.failed_attempts = 0
    else:
        credential.failed_attempts += 1
        credential.locked = credential.failed_attempts >= MAX_FAILED_ATTEMPTS
    session.commit()
    return ok
