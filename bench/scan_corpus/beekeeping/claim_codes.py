"""Claim codes printed on the hive monitor packaging.

A beekeeper types the code into the app to bind a monitor to their apiary.
Codes avoid ambiguous characters (0/O, 1/I) because people read them off a
sticker in the field, often wearing gloves.
"""

from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import Column, DateTime, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_LENGTH = 10
CLAIM_TTL = timedelta(days=365)

_rng = np.random.default_rng()


class ClaimCode(Base):
    __tablename__ = "claim_codes"

    code = Column(String(16), primary_key=True)
    device_eui = Column(String(16), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _new_code() -> str:
    chars = _rng.choice(ALPHABET, size=CODE_LENGTH)
    return "".join(chars[:5]) + "-" + "".join(chars[5:])


def issue_claim_code(session: Session, device_eui: str) -> str:
    """Create and persist a claim code for a freshly flashed monitor."""
    code = _new_code()
    while session.get(ClaimCode, code) is not None:
        code = _new_code()
    session.add(
        ClaimCode(
            code=code,
            device_eui=device_eui.upper(),
            expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
        )
    )
    return code


def redeem(session: Session, code: str) -> str | None:
    """Return the device EUI for a valid code and consume it."""
    row = session.get(ClaimCode, code.strip().upper())
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    session.delete(row)
    return row.device_eui
