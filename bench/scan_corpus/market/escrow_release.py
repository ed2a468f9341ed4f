"""Escrow release codes.

When a buyer confirms delivery out of band (e.g. on-site work) the seller
enters the release code the buyer received by email to free the funds.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import update
from sqlalchemy.orm import Session

from .models import EscrowHold

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(days=14)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_release_code(db: Session, hold: EscrowHold) -> str:
    code = _new_code()
    db.execute(
        update(EscrowHold)
        .where(EscrowHold.id == hold.id)
        .values(
            release_code=code,
            release_code_expires=datetime.now(timezone.utc) + CODE_TTL,
        )
    )
    db.commit()
    return code
