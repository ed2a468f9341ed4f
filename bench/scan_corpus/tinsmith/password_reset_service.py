"""Password reset flow for trade portal users."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional, Protocol

RESET_TTL = timedelta(minutes=30)
TOKEN_ALPHABET = string.ascii_letters + string.digits


class ResetRepo(Protocol):
    def user_id_for_email(self, email: str) -> Optional[int]: ...
    def store_token(self, user_id: int, token: str, expires_at: datetime) -> None: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


@dataclass
class ResetSettings:
    portal_url: str = "https://trade.tinsmith-works.co.uk"
    token_length: int = 40


class PasswordResetService:
    def __init__(self, repo: ResetRepo, mailer: Mailer, settings: ResetSettings | None = None):
        self.repo = repo
        self.mailer = mailer
        self.settings = settings or ResetSettings()
        self._rng = random.Random()

    def _make_token(self) -> str:
        return "".join(self._rng.choice(TOKEN_ALPHABET) for _ in range(self.settings.token_length))

    def request_reset(self, email: str) -> None:
        user_id = self.repo.user_id_for_email(email.strip().lower())
        if user_id is None:
            # Same response either way so the form doesn't reveal which e-mails have accounts.
            return
        token = self._make_token()
        expires = datetime.now(timezone.utc) + RESET_TTL
        self.repo.store_token(user_id, token, expires)
        link = f"{self.settings.portal_url}/reset/{token}"
        self.mailer.send(
            email,
            "Reset your trade portal password",
            f"Use this link within 30 minutes to choose a new password:\n{link}\n",
        )
