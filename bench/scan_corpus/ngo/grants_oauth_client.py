"""OAuth2 client-credentials access to the grants data platform.

Used by the reporting jobs. Credentials come from the environment; the
access token is cached in memory until shortly before it expires.
"""
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

REFRESH_MARGIN = 60


class RedactAuthFilter(logging.Filter):
    """Strip bearer tokens from log messages emitted by HTTP libraries."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if "Bearer " in msg:
            record.msg = msg.split("Bearer ", 1)[0] + "Bearer [redacted]"
            record.args = ()
        return True


@dataclass
class _CachedToken:
    value: str
    expires_at: float


class GrantsPlatformAuth:
    def __init__(self, token_url: str, client_id: str, scope: str = "grants.read reports.write"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._client_secret = os.environ["GRANTS_PLATFORM_CLIENT_SECRET"]
        self._cached: _CachedToken | None = None

    def access_token(self) -> str:
        if self._cached and self._cached.expires_at - REFRESH_MARGIN > time.time():
            return self._cached.value
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._cached = _CachedToken(body["access_token"], time.time() + int(body["expires_in"]))
        log.info("Obtained access token for client %s (expires in %ss)", self.client_id, body["expires_in"])
        return self._cached.value


logging.getLogger("urllib3").addFilter(RedactAuthFilter())
