"""Login accounts for casting QA inspectors.

Inspectors sign material and dimensional certificates (EN 10204 3.1) from
the QA lab workstation, so every signature is tied to a named account.
"""
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, InvalidHashError
from sqlalchemy import select
from sqlalchemy.orm import Session

from qa.config import settings
from qa.models import Inspector

ARGON2_PARAMS = {
    "time_cost": settings.get("ARGON2_TIME_COST", 3),
    "memory_cost": settings.get("ARGON2_MEMORY_KIB", 65536),
    "parallelism": settings.get("ARGON2_PARALLELISM", 4),
}

_hasher = PasswordHasher(**ARGON2_PARAMS)


class InspectorAccounts:
    def __init__(self, session: Session):
        self.session = session

    def create(self, staff_no: str, full_name: str, password: str, stamp_code: str) -> Inspector:
        inspector = Inspector(
            staff_no=staff_no,
            full_name=full_name,
            stamp_code=stamp_code,
            password_hash=_hasher.hash(password),
        )
        self.session.add(inspector)
        self.session.commit()
        return inspector

    def login(self, staff_no: str, password: str) -> Inspector | None:
        inspector = self.session.scalar(select(Inspector).where(Inspector.staff_no == staff_no))
        if inspector is None:
            return None
        try:
            _hasher.verify(inspector.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(inspector.password_hash):
            inspector.password_hash = _hasher.hash(password)
            self.session.commit()
        return inspector

    def change_password(self, inspector: Inspector, new_password: str) -> None:
        inspector.password_hash = _hasher.hash(new_password)
        self.session.commit()
