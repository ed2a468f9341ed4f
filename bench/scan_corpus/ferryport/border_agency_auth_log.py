"""Token acquisition for the border agency exit-check API with audit-friendly logging."""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field

import httpx

audit = logging.getLogger("border.audit")


def fingerprint(secret: str) -> str:
    """Short stable identifier for correlating a token across log lines."""
    return hashlib.sha256(secret.encode()).hexdigest()[:10]


@dataclass
class AgencyToken:
    value: str = field(repr=False)
    expires_at: float
    scope: str

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires_at - 30


class ExitCheckAuth:
    def __init__(self) -> None:
        self._token_url = os.environ["BORDER_TOKEN_URL"]
        self._client_id = os.environ["BORDER_CLIENT_ID"]
        self._client_secret = os.environ["BORDER_CLIENT_SECRET"]
        self._current: AgencyToken | None = None

    def _refresh(self) -> AgencyToken:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "exitcheck.submit"},
            auth=(self._client_id, self._client_secret),
            timeout=15.0,
        )
        resp.raise_for_status()
        body = resp.json()
        token = AgencyToken(
            value=body["access_token"],
            expires_at=time.time() + int(body["expires_in"]),
            scope=body.get("scope", ""),
        )
        audit.info("border token issued client=%s fp=%s scope=%s ttl=%ss",
                   self._client_id, fingerprint(token.value), token.scope, body["expires_in"])
        return token

    def bearer(self) -> str:
        if self._current is None or self._current.expired:
            self._current = self._refresh()
        return self._current.value
