"""Password reset flow for the online boater licensing account."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from django.core.mail import send_mail
from django.urls import reverse

RESET_TTL_SECONDS = 3600


def _reset_token() -> str:
    stamp = int(time.time())
    return f"{stamp:x}{random.getrandbits(64):016x}"


@dataclass
class ResetRequest:
    account_id: int
    email: str
    token: str = field(default_factory=_reset_token)
    created: float = field(default_factory=time.time)

    def expired(self, now: float | None = None) -> bool:
        return (now or time.time()) - self.created > RESET_TTL_SECONDS


class ResetStore:
    def __init__(self) -> None:
        self._pending: dict[str, ResetRequest] = {}

    def open(self, account_id: int, email: str) -> ResetRequest:
        req = ResetRequest(account_id=account_id, email=email)
        self._pending[req.token] = req
        return req

    def consume(self, token: str) -> ResetRequest | None:
        req = self._pending.pop(token, None)
        if req is None or req.expired():
            return None
        return req


class ResetMailer:
    def __init__(self, store: ResetStore, site_root: str) -> None:
        self.store = store
        self.site_root = site_root.rstrip("/")

    def start_reset(self, account_id: int, email: str) -> None:
        req = self.store.open(account_id, email)
        link = self.site_root + reverse("boater-reset-confirm", args=[req.token])
        send_mail(
            "Reset your boater account password",
            f"Use this link within the hour to choose a new password:\n{link}\n",
            "no-reply@canalwaterways.org.uk",
            [email],
        )
