"""Issue accreditation badges for election observers.

Each accredited observer gets a badge with a verification code that presiding
officers check against the roster on the polling-station tablet.
"""
import random
import string
from datetime import date, datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .models import Observer, ObserverBadge

# Ambiguous glyphs removed so codes can be read aloud over the phone.
BADGE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
BADGE_CODE_LENGTH = 10


def _make_code(length: int = BADGE_CODE_LENGTH, alphabet: str = BADGE_ALPHABET) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


def _format(code: str) -> str:
    return "-".join(code[i:i + 5] for i in range(0, len(code), 5))


def issue_badge(session: Session, observer_id: int, valid_until: date) -> str:
    observer = session.scalar(select(Observer).where(Observer.id == observer_id))
    if observer is None or not observer.accredited:
        raise LookupError(f"observer {observer_id} is not accredited")

    code = _make_code()
    session.execute(
        insert(ObserverBadge).values(
            observer_id=observer_id,
            organisation=observer.organisation,
            verification_code=code,
            valid_until=valid_until,
            issued_at=datetime.now(timezone.utc),
        )
    )
    session.commit()
    return _format(code)
