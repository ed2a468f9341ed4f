"""Email confirmation links sent after a family submits a player registration."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol


class TokenStore(Protocol):
    def put(self, digest: str, registration_id: int, expires_at: datetime) -> None: ...
    def pop(self, digest: str) -> tuple[int, datetime] | None: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


@dataclass
class ConfirmationSettings:
    base_url: str
    ttl: timedelta = timedelta(hours=48)
    token_bytes: int = 32


class RegistrationConfirmation:
    def __init__(self, store: TokenStore, mailer: Mailer, settings: ConfirmationSettings) -> None:
        self._store = store
        self._mailer = mailer
        self._settings = settings

    @staticmethod
    def _new_token(nbytes: int) -> str:
        return secrets.token_urlsafe(nbytes)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def send_link(self, registration_id: int, guardian_email: str, player_name: str) -> None:
        token = self._new_token(self._settings.token_bytes)
        expires_at = datetime.now(timezone.utc) + self._settings.ttl
        self._store.put(self._digest(token), registration_id, expires_at)
        link = f"{self._settings.base_url.rstrip('/')}/registration/confirm?t={token}"
        self._mailer.send(
            guardian_email,
            f"Confirm the registration for {player_name}",
            f"Please confirm this season's registration by opening {link} within 48 hours.",
        )

    def confirm(self, token: str) -> int | None:
        record = self._store.pop(self._digest(token))
        if record is None:
            return None
        registration_id, expires_at = record
        if expires_at < datetime.now(timezone.utc):
            return None
        return registration_id
