"""Issue lockout confirmation codes for permit-to-work energy isolations.

When an electrician isolates the TBM cutterhead drive or the conveyor, the
permit system issues a code that must be presented to re-energise the point.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from permits.models import IsolationPoint, LockoutCode


class LockoutCodeIssuer:
    CODE_ALPHABET = string.ascii_uppercase + string.digits
    CODE_LENGTH = 8
    VALID_FOR = timedelta(hours=12)

    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _draw(alphabet: str, length: int) -> str:
        return "".join(random.choices(alphabet, k=length))

    def issue(self, point: IsolationPoint, issued_by: str) -> LockoutCode:
        code = LockoutCode(
            isolation_point_id=point.id,
            code=self._draw(self.CODE_ALPHABET, self.CODE_LENGTH),
            issued_by=issued_by,
            expires_at=datetime.now(timezone.utc) + self.VALID_FOR,
        )
        self.session.add(code)
        self.session.commit()
        return code

    def release(self, point: IsolationPoint, presented: str) -> bool:
        active = (
            self.session.query(LockoutCode)
            .filter(LockoutCode.isolation_point_id == point.id)
            .filter(LockoutCode.released_at.is_(None))
            .one_or_none()
        )
        if active is None or active.expires_at < datetime.now(timezone.utc):
            return False
        if not hmac.compare_digest(active.code, presented.strip().upper()):
            return False
        active.released_at = datetime.now(timezone.utc)
        self.session.commit()
        return True
