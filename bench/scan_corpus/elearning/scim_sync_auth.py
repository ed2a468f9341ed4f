"""Bearer-token provider for the SCIM endpoint that provisions LMS users from HR."""
import logging
import os
import time
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)


@dataclass
class _CachedToken:
    value: str
    expires_at: float


class SCIMTokenProvider:
    def __init__(self, token_url: str | None = None, client_id: str | None = None):
        self.token_url = token_url or os.environ["SCIM_TOKEN_URL"]
        self.client_id = client_id or os.environ["SCIM_CLIENT_ID"]
        self._client_secret = os.environ["SCIM_CLIENT_SECRET"]
        self._cached: _CachedToken | None = None

    def _request_token(self) -> _CachedToken:
        resp = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "scim.users.write"},
            auth=(self.client_id, self._client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 1800))
        logger.info("SCIM access token refreshed for client %s; expires in %ss", self.client_id, expires_in)
        return _CachedToken(body["access_token"], time.monotonic() + expires_in)

    def bearer(self) -> str:
        if self._cached is None or time.monotonic() > self._cached.expires_at - 30:
            self._cached = self._request_token()
        return self._cached.value

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.bearer()}", "Content-Type": "application/scim+json"}
