"""Client-credentials auth against the Epic Online Services token endpoint."""
import os
import time
from dataclasses import dataclass

import httpx

CLIENT_ID_ENV = "EOS_CLIENT_ID"
CLIENT_SECRET_ENV = "EOS_CLIENT_SECRET"
DEPLOYMENT_ID_ENV = "EOS_DEPLOYMENT_ID"
TOKEN_PATH = "/auth/v1/oauth/token"


@dataclass
class _CachedToken:
    value: str
    expires_at: float


class EOSAuth:
    def __init__(self, base_url: str, client: httpx.Client | None = None) -> None:
        self._base = base_url.rstrip("/")
        self._client = client or httpx.Client(timeout=10.0)
        self._client_id = os.environ[CLIENT_ID_ENV]
        self._client_secret = os.environ[CLIENT_SECRET_ENV]
        self._deployment_id = os.environ[DEPLOYMENT_ID_ENV]
        self._cached: _CachedToken | None = None

    def token(self) -> str:
        if self._cached and self._cached.expires_at - 60 > time.time():
            return self._cached.value
        resp = self._client.post(
            f"{self._base}{TOKEN_PATH}",
            data={"grant_type": "client_credentials", "deployment_id": self._deployment_id},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._cached = _CachedToken(body["access_token"], time.time() + int(body["expires_in"]))
        return self._cached.value

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
