"""OAuth client-credentials token provider for the border agency manifest API."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("border.auth")


@dataclass(frozen=True)
class AgencyCredentials:
    client_id: str
    client_secret: str
    scope: str = "manifest.submit manifest.status"

    @classmethod
    def from_env(cls) -> "AgencyCredentials":
        return cls(
            client_id=os.environ["BORDER_CLIENT_ID"],
            client_secret=os.environ["BORDER_CLIENT_SECRET"],
        )


class AgencyTokenProvider:
    """Caches an access token and refreshes it shortly before expiry."""

    REFRESH_MARGIN_S = 60

    def __init__(self, creds: AgencyCredentials, token_url: str) -> None:
        self.creds = creds
        self.token_url = token_url
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        log.info("requesting border agency token using %s", self.creds)
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.creds.scope},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 300))
        log.info("border agency token valid for %ss", body.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self.REFRESH_MARGIN_S:
                self._fetch()
            return self._token  # type: ignore[return-value]

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}


def default_provider() -> AgencyTokenProvider:
    return AgencyTokenProvider(AgencyCredentials.from_env(), os.environ["BORDER_TOKEN_URL"])
