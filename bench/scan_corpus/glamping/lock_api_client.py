"""Client for the smart lock vendor's REST API.

Authenticates with the site's integration user and caches the session
token. Only a short fingerprint of the token is ever logged so support
can correlate requests with the vendor's logs.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)


@dataclass
class LockVendorAccount:
    base_url: str
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "LockVendorAccount":
        return cls(
            base_url=os.environ["LOCK_VENDOR_URL"],
            username=os.environ["LOCK_VENDOR_USER"],
            password=os.environ["LOCK_VENDOR_PASSWORD"],
        )


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:8]


class LockApiClient:
    def __init__(self, account: LockVendorAccount) -> None:
        self.account = account
        self.http = requests.Session()

    def login(self) -> None:
        resp = self.http.post(
            f"{self.account.base_url}/v2/auth/login",
            json={"username": self.account.username, "password": self.account.password},
            timeout=10,
        )
        if resp.status_code == 401:
            log.error("lock vendor rejected login for user %s", self.account.username)
            resp.raise_for_status()
        resp.raise_for_status()
        token = resp.json()["token"]
        self.http.headers["Authorization"] = f"Token {token}"
        log.info("logged in to lock vendor as %s (token fp %s)", self.account.username, fingerprint(token))

    def lock_status(self, lock_id: str) -> dict:
        resp = self.http.get(f"{self.account.base_url}/v2/locks/{lock_id}", timeout=10)
        if resp.status_code == 401:
            self.login()
            resp = self.http.get(f"{self.account.base_url}/v2/locks/{lock_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()
