"""OAuth token handling for the PaddlePass booking partner API.

PaddlePass resells our beginner coracle courses.  Access tokens last an hour;
we refresh them a minute early and log refreshes for troubleshooting.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Optional

import httpx

log = logging.getLogger(__name__)


@dataclass
class Token:
    value: str
    expires_at: float

    @property
    def fingerprint(self) -> str:
        return f"...{self.value[-4:]}" if len(self.value) > 8 else "..."


class PaddlePassAuth(httpx.Auth):
    """httpx auth flow that attaches a cached bearer token."""

    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self._token: Optional[Token] = None
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> "PaddlePassAuth":
        return cls(
            token_url=os.environ["PADDLEPASS_TOKEN_URL"],
            client_id=os.environ["PADDLEPASS_CLIENT_ID"],
            client_secret=os.environ["PADDLEPASS_CLIENT_SECRET"],
        )

    def _refresh(self) -> Token:
        resp = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        token = Token(body["access_token"], time.time() + int(body.get("expires_in", 3600)))
        lifetime = body.get("expires_in", 3600)
        log.info("PaddlePass token %s refreshed for %s, valid %ss", token.fingerprint, self.client_id, lifetime)
        return token

    def _current(self) -> Token:
        with self._lock:
            if self._token is None or time.time() > self._token.expires_at - 60:
                self._token = self._refresh()
            return self._token

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = f"Bearer {self._current().value}"
        response = yield request
        if response.status_code == 401:
            with self._lock:
                self._token = None
            request.headers["Authorization"] = f"Bearer {self._current().value}"
            yield request


def paddlepass_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["PADDLEPASS_API_URL"], auth=PaddlePassAuth.from_env(), timeout=15.0
    )
