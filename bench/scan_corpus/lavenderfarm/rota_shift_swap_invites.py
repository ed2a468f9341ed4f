"""Shift swap invitations: a staff member offers a shift, a colleague accepts via a link."""

from __future__ import annotations

import logging
import random
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

INVITE_TTL = timedelta(hours=48)


@dataclass
class SwapInvite:
    shift_id: int
    offered_by: str
    offered_to: str
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + INVITE_TTL
    )


class SmsGateway:
    def __init__(self, base_url: str, api_token: str, max_attempts: int = 4) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"
        self._max_attempts = max_attempts

    def send(self, to: str, body: str) -> None:
        for attempt in range(1, self._max_attempts + 1):
            try:
                resp = self._session.post(
                    f"{self._base_url}/messages", json={"to": to, "body": body}, timeout=10
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return
            except requests.ConnectionError:
                pass
            delay = min(30.0, 2 ** attempt) + random.uniform(0, 1.5)
            log.info("sms attempt %d failed, retrying in %.1fs", attempt, delay)
            time.sleep(delay)
        raise RuntimeError("sms gateway unavailable")


class SwapInviteService:
    def __init__(self, gateway: SmsGateway, accept_base_url: str) -> None:
        self._gateway = gateway
        self._accept_base_url = accept_base_url
        self._pending: dict[str, SwapInvite] = {}

    def offer(self, shift_id: int, offered_by: str, offered_to: str, phone: str) -> SwapInvite:
        invite = SwapInvite(shift_id, offered_by, offered_to)
        self._pending[invite.token] = invite
        self._gateway.send(
            phone,
            f"{offered_by} offered you shift #{shift_id}. Accept: "
            f"{self._accept_base_url}/rota/swap/{invite.token}",
        )
        return invite

    def accept(self, token: str) -> SwapInvite | None:
        invite = self._pending.pop(token, None)
        if invite is None or invite.expires_at < datetime.now(timezone.utc):
            return None
        return invite
