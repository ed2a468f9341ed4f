"""Teacher accounts for the school visits booking portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()


class Teacher(Base):
    __tablename__ = "teachers"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    school = Column(String(120), nullable=False)
    password = Column(String(200), nullable=False)


def hash_password(password: str, kdf: KdfSettings = KDF) -> str:
    salt = os.urandom(kdf.salt_bytes)
    digest = hashlib.pbkdf2_hmac(kdf.algorithm, password.encode("utf-8"), salt, kdf.iterations)
    return "pbkdf2_{}${}${}${}".format(
        kdf.algorithm,
        kdf.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    digest = hashlib.pbkdf2_hmac(
        algorithm,
        password.encode("utf-8"),
        base64.b64decode(salt_b64),
        int(iterations),
    )
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


class TeacherAccounts:
    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def register(self, email: str, school: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with Session(self.engine) as session:
            teacher = Teacher(email=email.lower(), school=school, password=hash_password(password))
            session.add(teacher)
            session.commit()
            return teacher.id

    def authenticate(self, email: str, password: str) -> Teacher | None:
        with Session(self.engine) as session:
            teacher = session.scalars(
                select(Teacher).where(Teacher.email == email.lower())
            ).first()
            if teacher is not None and check_password(password, teacher.password):
                return teacher
        return None
