"""Logins for apprentices who keep their walling logbooks online."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class Apprentice(Base):
    __tablename__ = "apprentices"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)
    level = Column(Integer, default=1)


@dataclass
class LoginResult:
    ok: bool
    apprentice_id: Optional[int] = None


class ApprenticePasswordPolicy:
    """Hashing policy shared by the logbook site and the site-tablet app."""

    work_factor = 8
    min_length = 10

    @classmethod
    def salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.work_factor)

    @classmethod
    def validate(cls, password: str) -> None:
        if len(password) < cls.min_length:
            raise ValueError(f"password must be at least {cls.min_length} characters")


class ApprenticeLoginStore:
    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def enrol(self, username: str, full_name: str, password: str, level: int = 1) -> int:
        ApprenticePasswordPolicy.validate(password)
        hashed = bcrypt.hashpw(password.encode("utf-8"), ApprenticePasswordPolicy.salt())
        with Session(self.engine) as session:
            row = Apprentice(
                username=username, full_name=full_name, password_hash=hashed, level=level
            )
            session.add(row)
            session.commit()
            log.info("enrolled apprentice %s at level %d", username, level)
            return row.id

    def login(self, username: str, password: str) -> LoginResult:
        with Session(self.engine) as session:
            stmt = select(Apprentice).where(Apprentice.username == username)
            row = session.scalars(stmt).first()
            if row is None:
                return LoginResult(ok=False)
            if bcrypt.checkpw(password.encode("utf-8"), row.password_hash):
                return LoginResult(ok=True, apprentice_id=row.id)
            log.info("failed logbook login for %s", username)
            return LoginResult(ok=False)

    def reset_password(self, apprentice_id: int, new_password: str) -> None:
        ApprenticePasswordPolicy.validate(new_password)
        with Session(self.engine) as session:
            row = session.get(Apprentice, apprentice_id)
            if row is None:
                raise KeyError(apprentice_id)
            row.password_hash = bcrypt.hashpw(
                new_password.encode("utf-8"), ApprenticePasswordPolicy.salt()
            )
            session.commit()
