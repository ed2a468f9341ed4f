"""Password handling for technicians and drivers who log in to the touring crew app."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class CrewMember(Base):
    __tablename__ = "crew_members"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    role = Column(String(32), nullable=False)
    password_hash = Column(String(255), nullable=False)


@dataclass
class CrewIdentity:
    id: int
    email: str
    role: str


class CrewPasswords:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._hasher = PasswordHasher()

    def enroll(self, email: str, role: str, password: str) -> CrewIdentity:
        member = CrewMember(email=email.lower(), role=role, password_hash=self._hasher.hash(password))
        with Session(self._engine) as session:
            session.add(member)
            session.commit()
            return CrewIdentity(member.id, member.email, member.role)

    def verify(self, email: str, password: str) -> Optional[CrewIdentity]:
        with Session(self._engine) as session:
            member = session.scalars(
                select(CrewMember).where(CrewMember.email == email.lower())
            ).first()
            if member is None:
                return None
            try:
                self._hasher.verify(member.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                log.info("rejected crew login for %s", member.email)
                return None
            if self._hasher.check_needs_rehash(member.password_hash):
                member.password_hash = self._hasher.hash(password)
                session.commit()
            return CrewIdentity(member.id, member.email, member.role)
