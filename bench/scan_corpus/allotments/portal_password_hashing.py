"""Password hashing context for plot holder portal accounts.

Existing hashes were created with pbkdf2_sha256; the context keeps them
verifiable and transparently upgrades them on the next successful sign-in.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from passlib.context import CryptContext
from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class PortalHashConfig:
    scheme: str = "pbkdf2_sha256"
    rounds: int = 720_000


class PortalPasswords:
    def __init__(self, config: PortalHashConfig = PortalHashConfig()) -> None:
        self._config = config
        self._ctx = self._build_context()

    def _build_context(self) -> CryptContext:
        return CryptContext(schemes=[self._config.scheme], pbkdf2_sha256__rounds=self._config.rounds, deprecated="auto")

    def hash(self, password: str) -> str:
        return self._ctx.hash(password)

    def verify_and_update(self, password: str, stored: str) -> tuple[bool, Optional[str]]:
        return self._ctx.verify_and_update(password, stored)


class HolderLogin:
    def __init__(self, session: Session, passwords: Optional[PortalPasswords] = None) -> None:
        self._session = session
        self._passwords = passwords or PortalPasswords()

    def sign_in(self, email: str, password: str) -> Optional[int]:
        row = self._session.execute(
            text("SELECT id, password_hash FROM holder_account WHERE email = :email"),
            {"email": email.strip().lower()},
        ).first()
        if row is None:
            return None
        ok, new_hash = self._passwords.verify_and_update(password, row.password_hash)
        if not ok:
            return None
        if new_hash is not None:
            self._session.execute(
                text("UPDATE holder_account SET password_hash = :h WHERE id = :id"),
                {"h": new_hash, "id": row.id},
            )
            self._session.commit()
        return int(row.id)

    def set_password(self, account_id: int, password: str) -> None:
        self._session.execute(
            text("UPDATE holder_account SET password_hash = :h WHERE id = :id"),
            {"h": self._passwords.hash(password), "id": account_id},
        )
        self._session.commit()
