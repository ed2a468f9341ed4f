"""Pairing codes for home monitoring kits (BP cuffs, scales, pulse oximeters).

When a patient unboxes a kit the companion app shows an 8-character code
which the patient types into the cellular hub.  The hub then calls
``POST /devices/pair`` with the code and its serial number, and the readings
it uploads from then on are attributed to that patient.
"""
from __future__ import annotations

import datetime as dt
import string

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import DevicePairing

# No 0/O or 1/I: patients read these off a phone screen.
CODE_ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_LENGTH = 8
CODE_TTL = dt.timedelta(minutes=30)

_rng = np.random.default_rng()


def _new_code() -> str:
    picks = _rng.integers(0, len(CODE_ALPHABET), size=CODE_LENGTH)
    return "".join(CODE_ALPHABET[picks])


def start_pairing(db: Session, patient_id: int, kit_sku: str) -> DevicePairing:
    now = dt.datetime.now(dt.timezone.utc)
    pairing = DevicePairing(
        patient_id=patient_id,
        kit_sku=kit_sku,
        code=_new_code(),
        expires_at=now + CODE_TTL,
    )
    db.add(pairing)
    db.commit()
    return pairing


def complete_pairing(db: Session, code: str, hub_serial: str) -> DevicePairing | None:
    code = code.strip().upper()
    if len(code) != CODE_LENGTH or any(c not in string.ascii_uppercase + string.digits for c in code):
        return None
    pairing = db.scalars(
        select(DevicePairing).where(
            DevicePairing.code == code,
            DevicePairing.hub_serial.is_(None),
            DevicePairing.expires_at > dt.datetime.now(dt.timezone.utc),
        )
    ).first()
    if pairing is None:
        return None
    pairing.hub_serial = hub_serial
    db.commit()
    return pairing
