"""One-time collection codes for people authorised to pick up a child.

When a parent nominates someone else (a grandparent, a childminder) for a
collection, the nominee receives a six-digit code by SMS which room staff
check at the door before the child is released.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuthorisedCollector, CollectionCode

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=12)


def issue_collection_code(db: Session, collector: AuthorisedCollector, child_id: int) -> CollectionCode:
    code = "".join(random.choices(string.digits, k=CODE_LENGTH))
    record = CollectionCode(
        collector_id=collector.id,
        child_id=child_id,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.add(record)
    db.commit()
    return record


def redeem_collection_code(db: Session, child_id: int, submitted: str, staff_id: int) -> bool:
    now = datetime.now(timezone.utc)
    stmt = select(CollectionCode).where(
        CollectionCode.child_id == child_id,
        CollectionCode.used_at.is_(None),
        CollectionCode.expires_at > now,
    )
    for record in db.scalars(stmt):
        if hmac.compare_digest(record.code, submitted.strip()):
            record.used_at = now
            record.verified_by = staff_id
            db.commit()
            return True
    return False
