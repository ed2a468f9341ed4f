"""OAuth client-credentials token cache for the video-lesson provider API."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OAuthClientSettings:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "meeting:write recording:read"

    @classmethod
    def from_env(cls) -> "OAuthClientSettings":
        return cls(
            token_url=os.environ["VIDEO_OAUTH_TOKEN_URL"],
            client_id=os.environ["VIDEO_OAUTH_CLIENT_ID"],
            client_secret=os.environ["VIDEO_OAUTH_CLIENT_SECRET"],
        )


class TokenCache:
    def __init__(self, settings: OAuthClientSettings, session: requests.Session | None = None) -> None:
        self._settings = settings
        self._session = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = self._session.post(
            self._settings.token_url,
            data={"grant_type": "client_credentials", "scope": self._settings.scope},
            auth=(self._settings.client_id, self._settings.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.info("refreshed video API token for client %s", self._settings.client_id)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - 60:
                self._fetch()
            return self._token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}


def list_recordings(api_base: str, cache: TokenCache, meeting_id: str) -> list[dict]:
    resp = requests.get(
        f"{api_base}/v2/meetings/{meeting_id}/recordings",
        headers=cache.auth_header(),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json().get("recording_files", [])
