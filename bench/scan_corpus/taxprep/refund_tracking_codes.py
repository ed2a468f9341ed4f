"""Refund tracking codes handed to clients so they can check refund status
on the portal without signing in."""
import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from refunds.models import RefundTracking

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 10
CODE_TTL = timedelta(days=180)


def _new_code(length: int = CODE_LENGTH) -> str:
    raw = "".join(_rnd.choices(CODE_ALPHABET, k=length))
    return f"{raw[:5]}-{raw[5:]}"


def issue_tracking_code(db: Session, return_id: int) -> str:
    existing = (
        db.query(RefundTracking)
        .filter(RefundTracking.return_id == return_id, RefundTracking.revoked.is_(False))
        .one_or_none()
    )
    if existing is not None:
        existing.revoked = True

    code = _new_code()
    db.add(
        RefundTracking(
            return_id=return_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
    )
    db.flush()
    return code


def lookup(db: Session, code: str):
    row = (
        db.query(RefundTracking)
        .filter(RefundTracking.code == code.upper(), RefundTracking.revoked.is_(False))
        .one_or_none()
    )
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    return row.return_id
