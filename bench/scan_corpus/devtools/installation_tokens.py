"""Cache of forge installation access tokens for the review bot."""
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import requests

log = logging.getLogger("reviewbot.tokens")


@dataclass
class CachedToken:
    installation_id: int
    expires_at: float
    value: str = field(repr=False)

    def valid_for(self, seconds: float) -> bool:
        return self.expires_at - time.time() > seconds


class TokenCache:
    def __init__(self, api_url: str, app_jwt: Callable[[], str], session: requests.Session | None = None):
        self.api_url = api_url.rstrip("/")
        self._app_jwt = app_jwt
        self._http = session or requests.Session()
        self._tokens: dict[int, CachedToken] = {}
        self._lock = threading.Lock()

    def _refresh(self, installation_id: int) -> CachedToken:
        resp = self._http.post(
            f"{self.api_url}/app/installations/{installation_id}/access_tokens",
            headers={
                "Authorization": f"Bearer {self._app_jwt()}",
                "Accept": "application/vnd.github+json",
            },
            timeout=10,
        )
        resp.raise_for_status()
        data = resp.json()
        expires = datetime.fromisoformat(data["expires_at"].replace("Z", "+00:00"))
        return CachedToken(installation_id, expires.timestamp(), data["token"])

    def get(self, installation_id: int) -> str:
        with self._lock:
            cached = self._tokens.get(installation_id)
            if cached and cached.valid_for(300):
                return cached.value
            fresh = self._refresh(installation_id)
            self._tokens[installation_id] = fresh
            log.info(
                "refreshed access token for installation %s, expires %s",
                installation_id,
                datetime.fromtimestamp(fresh.expires_at, timezone.utc).isoformat(),
            )
            log.debug("token cache: %s", list(self._tokens.values()))
            return fresh.value

    def forget(self, installation_id: int) -> None:
        with self._lock:
            self._tokens.pop(installation_id, None)
