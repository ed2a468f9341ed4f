"""Workshop staff accounts used by the repair desk and the stock room."""
from dataclasses import dataclass, field
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import StaffMember

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


@dataclass
class StaffDirectory:
    session: Session
    roles: tuple = field(default=("bench", "repair_desk", "stock", "admin"))

    def create(self, username: str, full_name: str, role: str, password: str) -> StaffMember:
        if role not in self.roles:
            raise ValueError(f"unknown role {role!r}")
        member = StaffMember(
            username=username.lower(),
            full_name=full_name,
            role=role,
            password_hash=_hasher.hash(password),
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(member)
        self.session.flush()
        return member

    def verify(self, username: str, password: str) -> StaffMember | None:
        member = self.session.scalars(
            select(StaffMember).where(StaffMember.username == username.lower())
        ).first()
        if member is None or not member.active:
            return None
        try:
            _hasher.verify(member.password_hash, password)
        except (VerifyMismatchError, VerificationError):
            return None
        if _hasher.check_needs_rehash(member.password_hash):
            member.password_hash = _hasher.hash(password)
        member.last_login = datetime.now(timezone.utc)
        return member

    def deactivate(self, username: str) -> None:
        member = self.session.scalars(
            select(StaffMember).where(StaffMember.username == username.lower())
        ).one()
        member.active = False
