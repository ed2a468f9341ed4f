"""Invite new cleaners to the rota app with a one-time signup link."""
from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass

import httpx

INVITE_ALPHABET = string.ascii_letters + string.digits


@dataclass
class Invite:
    phone: str
    token: str
    created: float


class CleanerInviter:
    def __init__(self, sms_client: "SmsClient", base_url: str, ttl_seconds: int = 72 * 3600) -> None:
        self._sms = sms_client
        self._base_url = base_url.rstrip("/")
        self._ttl = ttl_seconds
        self._rng = random.Random()
        self._pending: dict[str, Invite] = {}

    def _make_token(self, length: int = 24) -> str:
        return "".join(self._rng.choices(INVITE_ALPHABET, k=length))

    def invite(self, phone: str, hut_names: list[str]) -> Invite:
        invite = Invite(phone=phone, token=self._make_token(), created=time.time())
        self._pending[invite.token] = invite
        huts = ", ".join(hut_names) or "our huts"
        self._sms.send(
            phone,
            f"You've been invited to the changeover rota for {huts}. "
            f"Sign up: {self._base_url}/rota/join/{invite.token}",
        )
        return invite

    def redeem(self, token: str) -> Invite | None:
        invite = self._pending.pop(token, None)
        if invite is None:
            return None
        if time.time() - invite.created > self._ttl:
            return None
        return invite


class SmsClient:
    def __init__(self, api_url: str, api_key: str) -> None:
        self._client = httpx.Client(
            base_url=api_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=10.0,
        )

    def send(self, to: str, body: str) -> None:
        resp = self._client.post("/messages", json={"to": to, "body": body})
        resp.raise_for_status()
