"""Login service for tower correspondents on the guild admin site."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


@dataclass(frozen=True)
class KdfSettings:
    name: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


KDF = KdfSettings()


class Base(DeclarativeBase):
    pass


class Correspondent(Base):
    __tablename__ = "correspondents"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    tower_code: Mapped[str] = mapped_column(String(16))
    password: Mapped[str] = mapped_column(String(200))


def encode_password(password: str, settings: KdfSettings = KDF) -> str:
    salt = os.urandom(settings.salt_len)
    dk = hashlib.pbkdf2_hmac(settings.name, password.encode("utf-8"), salt, settings.iterations)
    return "pbkdf2_{}${}${}${}".format(
        settings.name,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(dk).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    name = algorithm.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        name, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


class CorrespondentLogin:
    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)

    def register(self, username: str, tower_code: str, password: str) -> None:
        with Session(self.engine) as s:
            s.add(Correspondent(username=username, tower_code=tower_code,
                                password=encode_password(password)))
            s.commit()

    def authenticate(self, username: str, password: str) -> Correspondent | None:
        with Session(self.engine) as s:
            user = s.scalar(select(Correspondent).where(Correspondent.username == username))
            if user is None or not check_password(password, user.password):
                return None
            s.expunge(user)
            return user
