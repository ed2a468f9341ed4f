"""Courier account registration and credential checks for the courier app backend."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Courier

SALT_BYTES = 16


@dataclass
class CourierSignup:
    phone: str
    full_name: str
    password: str
    vehicle_type: str = "bicycle"


def _hash_password(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def register_courier(db: Session, signup: CourierSignup) -> Courier:
    salt = os.urandom(SALT_BYTES)
    courier = Courier(
        phone=signup.phone,
        full_name=signup.full_name,
        vehicle_type=signup.vehicle_type,
        password_salt=salt.hex(),
        password_hash=_hash_password(signup.password, salt),
    )
    db.add(courier)
    db.commit()
    return courier


def check_credentials(db: Session, phone: str, password: str) -> Courier | None:
    courier = db.scalar(select(Courier).where(Courier.phone == phone))
    if courier is None:
        return None
    expected = _hash_password(password, bytes.fromhex(courier.password_salt))
    if hmac.compare_digest(expected, courier.password_hash):
        return courier
    return None
