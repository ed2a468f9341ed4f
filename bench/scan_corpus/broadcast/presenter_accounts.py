"""Login accounts for the presenter web panel (voice tracking, show prep, logs).

Password hashes are stored in Django-compatible ``pbkdf2_sha256$iter$salt$hash``
form so the panel can later be folded into the main portal.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16

engine = create_engine(os.environ["PRESENTER_PANEL_DB_URL"], pool_pre_ping=True)


class Base(DeclarativeBase):
    pass


class Presenter(Base):
    __tablename__ = "presenters"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(256))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ITERATIONS}${_b64(salt)}${_b64(dk)}"


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    if scheme != f"pbkdf2_{PBKDF2_ALGORITHM}" or int(iterations) < PBKDF2_ITERATIONS:
        return False
    dk = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def authenticate(login: str, password: str) -> Presenter | None:
    with Session(engine) as db:
        presenter = db.scalar(select(Presenter).where(Presenter.login == login))
        if presenter is None or not verify_password(password, presenter.password_hash):
            return None
        return presenter


def set_password(login: str, new_password: str) -> None:
    with Session(engine) as db, db.begin():
        presenter = db.scalar(select(Presenter).where(Presenter.login == login))
        if presenter is None:
            raise LookupError(login)
        presenter.password_hash = hash_password(new_password)
