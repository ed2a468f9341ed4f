"""Collection codes for customers picking up finished panels.

Smaller pieces (A-boards, hanging signs, gilded mirrors) are collected
from the workshop.  The customer quotes a short code at the counter so the
right wrapped panel is handed over.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from signwriter.models import CollectionSlot

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


class CollectionCodeIssuer:
    code_length = 8
    valid_for = timedelta(days=21)

    def __init__(self, session: Session):
        self.session = session
        self._rng = random.SystemRandom()

    def _new_code(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self.code_length))

    def issue(self, job_ref: str, customer_email: str) -> CollectionSlot:
        slot = CollectionSlot(
            job_ref=job_ref,
            customer_email=customer_email,
            code=self._new_code(),
            expires_at=datetime.now(timezone.utc) + self.valid_for,
        )
        self.session.add(slot)
        self.session.commit()
        return slot

    def hand_over(self, code: str, staff_member: str) -> CollectionSlot | None:
        slot = (
            self.session.query(CollectionSlot)
            .filter(CollectionSlot.code == code.strip().upper(), CollectionSlot.collected_at.is_(None))
            .one_or_none()
        )
        if slot is None or slot.expires_at < datetime.now(timezone.utc):
            return None
        slot.collected_at = datetime.now(timezone.utc)
        slot.handed_over_by = staff_member
        self.session.commit()
        return slot
