"""Logs in to the commercial tide prediction provider and caches the token.

The provider issues short-lived bearer tokens in exchange for the club's
account user name and password.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import httpx


@dataclass
class ProviderAccount:
    username: str
    password: str
    token_url: str = "https://auth.tidepredict.example.net/oauth/token"


class TideProviderAuthError(Exception):
    pass


class TideProviderSession:
    def __init__(self, account: ProviderAccount) -> None:
        self._account = account
        self._token: str | None = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "TideProviderSession":
        return cls(
            ProviderAccount(
                username=os.environ["TIDE_PROVIDER_USER"],
                password=os.environ["TIDE_PROVIDER_PASSWORD"],
            )
        )

    def _login(self) -> None:
        resp = httpx.post(
            self._account.token_url,
            data={
                "grant_type": "password",
                "username": self._account.username,
                "password": self._account.password,
            },
            timeout=15.0,
        )
        if resp.status_code != 200:
            raise TideProviderAuthError(
                f"Login rejected for {self._account.username} "
                f"(password {self._account.password!r}): HTTP {resp.status_code}"
            )
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60

    @property
    def token(self) -> str:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._login()
        assert self._token is not None
        return self._token

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}
