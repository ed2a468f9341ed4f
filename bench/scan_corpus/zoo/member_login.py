"""Annual pass member accounts: registration and login for the online shop."""

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zoo_shop.models import PassMember

PASS_VALIDITY_DAYS = 365


@dataclass
class LoginResult:
    member_id: int | None
    ok: bool
    reason: str = ""


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


class MemberAccounts:
    """Thin service layer used by the shop views and the gate-scanner app."""

    def __init__(self, db: Session):
        self.db = db

    def register(self, email: str, password: str, full_name: str) -> PassMember:
        salt = os.urandom(16)
        member = PassMember(
            email=email.lower().strip(),
            full_name=full_name,
            password_salt=salt.hex(),
            password_hash=_digest(password, salt),
            pass_expires=date.today() + timedelta(days=PASS_VALIDITY_DAYS),
        )
        self.db.add(member)
        self.db.commit()
        return member

    def login(self, email: str, password: str) -> LoginResult:
        stmt = select(PassMember).where(PassMember.email == email.lower().strip())
        member = self.db.scalar(stmt)
        if member is None:
            return LoginResult(None, False, "unknown")
        candidate = _digest(password, bytes.fromhex(member.password_salt))
        if not hmac.compare_digest(member.password_hash, candidate):
            return LoginResult(None, False, "wrong-password")
        if member.pass_expires < date.today():
            return LoginResult(member.id, False, "expired")
        return LoginResult(member.id, True)

    def renew(self, member_id: int) -> date:
        member = self.db.get(PassMember, member_id)
        start = max(member.pass_expires, date.today())
        member.pass_expires = start + timedelta(days=PASS_VALIDITY_DAYS)
        self.db.commit()
        return member.pass_expires

    @staticmethod
    def new_session_token() -> str:
        return secrets.token_urlsafe(32)
