"""User store for the customer complaint intake portal.

Hospital purchasing and clinical staff log in to file needle complaints
(bent tips, burrs, sterile barrier breaches) and follow investigations.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()


class ComplaintPortalUser(Base):
    __tablename__ = "complaint_portal_users"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    salt = Column(LargeBinary(32), nullable=False)
    password_key = Column(LargeBinary(64), nullable=False)
    iterations = Column(Integer, nullable=False)


def _stretch(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(KDF.algorithm, password.encode("utf-8"), salt, iterations)


def create_user(session: Session, email: str, password: str) -> ComplaintPortalUser:
    salt = os.urandom(KDF.salt_bytes)
    user = ComplaintPortalUser(
        email=email.lower(),
        salt=salt,
        password_key=_stretch(password, salt, KDF.iterations),
        iterations=KDF.iterations,
    )
    session.add(user)
    session.commit()
    return user


def check_password(user: ComplaintPortalUser, password: str) -> bool:
    candidate = _stretch(password, user.salt, user.iterations)
    return hmac.compare_digest(candidate, user.password_key)


def needs_rehash(user: ComplaintPortalUser) -> bool:
    return user.iterations < KDF.iterations
