"""OAuth2 client-credentials login against the ERP's token endpoint.

Caches the access token until shortly before it expires and logs what
happened without writing the client secret or the token itself.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErpCredentials:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "invoices.write orders.read"

    @classmethod
    def from_env(cls) -> "ErpCredentials":
        return cls(
            token_url=os.environ["ERP_TOKEN_URL"],
            client_id=os.environ["ERP_CLIENT_ID"],
            client_secret=os.environ["ERP_CLIENT_SECRET"],
        )


class ErpTokenProvider:
    def __init__(self, creds: ErpCredentials, leeway: int = 60) -> None:
        self.creds = creds
        self.leeway = leeway
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        resp = httpx.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": self.creds.scope},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=15.0,
        )
        if resp.status_code != 200:
            log.error(
                "ERP token request for client %s failed with HTTP %s",
                self.creds.client_id,
                resp.status_code,
            )
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 300))
        log.info(
            "obtained ERP token for client %s, valid %ss",
            self.creds.client_id,
            body.get("expires_in"),
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.leeway:
                self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
