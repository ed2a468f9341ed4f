"""Logins for course instructors and assessors on the training-school site."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Boolean, Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class Instructor(Base):
    __tablename__ = "instructors"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)
    is_assessor = Column(Boolean, default=False)


@dataclass
class InstructorLogin:
    ok: bool
    instructor_id: Optional[int] = None
    is_assessor: bool = False


class InstructorPasswordPolicy:
    """Hashing policy for staff accounts (DSWA-accredited instructors)."""

    work_factor = 12
    min_length = 12

    @classmethod
    def salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.work_factor)

    @classmethod
    def validate(cls, password: str) -> None:
        if len(password) < cls.min_length:
            raise ValueError(f"password must be at least {cls.min_length} characters")


class InstructorLoginStore:
    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def add(self, username: str, display_name: str, password: str, assessor: bool = False) -> int:
        InstructorPasswordPolicy.validate(password)
        hashed = bcrypt.hashpw(password.encode("utf-8"), InstructorPasswordPolicy.salt())
        with Session(self.engine) as session:
            row = Instructor(
                username=username,
                display_name=display_name,
                password_hash=hashed,
                is_assessor=assessor,
            )
            session.add(row)
            session.commit()
            log.info("added instructor %s (assessor=%s)", username, assessor)
            return row.id

    def login(self, username: str, password: str) -> InstructorLogin:
        with Session(self.engine) as session:
            stmt = select(Instructor).where(Instructor.username == username)
            row = session.scalars(stmt).first()
            if row is None or not bcrypt.checkpw(password.encode("utf-8"), row.password_hash):
                log.info("failed instructor login for %s", username)
                return InstructorLogin(ok=False)
            return InstructorLogin(ok=True, instructor_id=row.id, is_assessor=bool(row.is_assessor))
