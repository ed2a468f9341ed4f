"""One-time pickup codes for PO box overflow lockers.

When a parcel is too large for the customer's PO box it is placed in the
branch locker bank and the box holder receives an SMS with a short code
that opens the locker door.
"""
import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

from sqlalchemy import insert, update
from sqlalchemy.engine import Engine

from .models import locker_codes
from .sms import send_sms

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase if c not in "OI") + "23456789"
CODE_LENGTH = 6
CODE_TTL = timedelta(days=7)


def _new_code() -> str:
    return "".join(_pick(CODE_ALPHABET, k=CODE_LENGTH))


def issue_pickup_code(engine: Engine, box_number: str, locker_id: str, phone: str) -> None:
    code = _new_code()
    expires = datetime.now(timezone.utc) + CODE_TTL
    with engine.begin() as conn:
        conn.execute(
            insert(locker_codes).values(
                box_number=box_number,
                locker_id=locker_id,
                code=code,
                expires_at=expires,
            )
        )
    send_sms(phone, f"Your parcel is waiting in locker {locker_id}. Pickup code: {code}")


def revoke_codes_for_box(engine: Engine, box_number: str) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            update(locker_codes)
            .where(locker_codes.c.box_number == box_number)
            .values(expires_at=datetime.now(timezone.utc))
        )
    return result.rowcount
