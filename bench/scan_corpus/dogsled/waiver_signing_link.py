"""Issues one-time links that let guests sign their liability waiver before a tour."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

import httpx

_ALPHABET = string.ascii_letters + string.digits


def _short_token(length: int = 32) -> str:
    return "".join(random.choice(_ALPHABET) for _ in range(length))


@dataclass
class SigningLink:
    booking_ref: str
    token: str
    expires_at: datetime

    @property
    def url(self) -> str:
        return f"https://waivers.auroratrails.no/sign/{self.booking_ref}/{self.token}"


class WaiverLinkIssuer:
    """Creates signing links and stores them so the waiver portal can look them up."""

    def __init__(self, store: dict[str, SigningLink], ttl_hours: int = 48) -> None:
        self._store = store
        self._ttl = timedelta(hours=ttl_hours)

    def issue(
        self,
        booking_ref: str,
        token_factory: Callable[[], str] = _short_token,
    ) -> SigningLink:
        link = SigningLink(
            booking_ref=booking_ref,
            token=token_factory(),
            expires_at=datetime.now(timezone.utc) + self._ttl,
        )
        self._store[link.token] = link
        return link

    def redeem(self, token: str) -> SigningLink | None:
        link = self._store.pop(token, None)
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link


class WaiverMailer:
    def __init__(self, issuer: WaiverLinkIssuer, mail_api: str, api_key: str) -> None:
        self._issuer = issuer
        self._mail_api = mail_api
        self._api_key = api_key

    def send_for_booking(self, booking_ref: str, guest_email: str) -> None:
        link = self._issuer.issue(booking_ref)
        httpx.post(
            self._mail_api,
            headers={"Authorization": f"Bearer {self._api_key}"},
            json={
                "to": guest_email,
                "template": "waiver-sign",
                "vars": {"link": link.url, "expires": link.expires_at.isoformat()},
            },
            timeout=10.0,
        ).raise_for_status()
