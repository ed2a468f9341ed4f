"""Sign-off passphrases for area authorities who countersign hazardous-area permits."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class AreaAuthority(Base):
    __tablename__ = "area_authorities"

    staff_no: Mapped[str] = mapped_column(String(16), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    zone: Mapped[str] = mapped_column(String(32))
    signoff_hash: Mapped[str] = mapped_column(String(200))


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4

    @classmethod
    def for_site(cls, low_memory: bool = False) -> "Argon2Profile":
        return cls(memory_cost_kib=46 * 1024, time_cost=4, parallelism=1) if low_memory else cls()

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            type=Type.ID,
        )


class SignoffRegistry:
    def __init__(self, database_url: str, profile: Optional[Argon2Profile] = None) -> None:
        self.engine = create_engine(database_url)
        self.ph = (profile or Argon2Profile.for_site()).hasher()

    def enrol(self, staff_no: str, full_name: str, zone: str, passphrase: str) -> None:
        with Session(self.engine) as s:
            s.merge(AreaAuthority(staff_no=staff_no, full_name=full_name, zone=zone,
                                  signoff_hash=self.ph.hash(passphrase)))
            s.commit()

    def countersign(self, staff_no: str, zone: str, passphrase: str) -> bool:
        with Session(self.engine) as s:
            authority = s.scalars(select(AreaAuthority).where(AreaAuthority.staff_no == staff_no)).first()
            if authority is None or authority.zone != zone:
                return False
            try:
                self.ph.verify(authority.signoff_hash, passphrase)
            except (VerificationError, InvalidHashError):
                return False
            if self.ph.check_needs_rehash(authority.signoff_hash):
                authority.signoff_hash = self.ph.hash(passphrase)
                s.commit()
            return True
