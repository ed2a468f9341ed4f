"""Refreshes the OAuth token used to pull franchise payout reports from the acquirer."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("jumpzone.payouts")


def redact(value: str, keep: int = 4) -> str:
    if len(value) <= keep * 2:
        return "*" * len(value)
    return f"{'*' * 6}{value[-keep:]}"


@dataclass
class AcquirerCredentials:
    token_url: str = field(default_factory=lambda: os.environ["ACQUIRER_TOKEN_URL"])
    client_id: str = field(default_factory=lambda: os.environ["ACQUIRER_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["ACQUIRER_CLIENT_SECRET"], repr=False)


@dataclass
class AccessToken:
    value: str = field(repr=False)
    expires_at: float

    def fresh(self, margin: int = 60) -> bool:
        return time.time() < self.expires_at - margin


class PayoutTokenManager:
    def __init__(self, creds: AcquirerCredentials | None = None) -> None:
        self.creds = creds or AcquirerCredentials()
        self._token: AccessToken | None = None

    def _fetch(self) -> AccessToken:
        resp = httpx.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "payouts:read"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=15.0,
        )
        resp.raise_for_status()
        body = resp.json()
        return AccessToken(value=body["access_token"], expires_at=time.time() + int(body["expires_in"]))

    def token(self) -> str:
        if self._token is None or not self._token.fresh():
            self._token = self._fetch()
            log.info(
                "refreshed payout token %s for client %s (expires in %ds)",
                redact(self._token.value),
                self.creds.client_id,
                int(self._token.expires_at - time.time()),
            )
        return self._token.value
