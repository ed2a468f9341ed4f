"""Session handling for the kiln controllers' local HTTP API.

Each controller has a service account; the poller logs in, keeps the token
until it expires and logs which account is connected to which kiln.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("kilnhire.controllers")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass
class ControllerAccount:
    kiln_name: str
    base_url: str
    username: str
    password: str = field(repr=False)
    ca_bundle: str = "/etc/kilnhire/controller-ca.pem"


class ControllerAuthClient:
    def __init__(self, account: ControllerAccount, timeout: float = 5.0):
        self.account = account
        self.timeout = timeout
        self._http = requests.Session()
        self._http.verify = account.ca_bundle
        self._token = ""
        self._expires_at = 0.0

    def login(self) -> None:
        resp = self._http.post(
            f"{self.account.base_url}/api/login",
            json={"user": self.account.username, "password": self.account.password},
            timeout=self.timeout,
        )
        if resp.status_code == 401:
            log.warning(
                "controller %s rejected login for user %s",
                self.account.kiln_name, self.account.username,
            )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["token"]
        self._expires_at = time.monotonic() + int(body.get("ttl", 600)) - 30
        log.info(
            "logged in to %s as %s (token %s)",
            self.account.kiln_name, self.account.username, _mask(self._token),
        )

    def get(self, path: str) -> dict:
        if not self._token or time.monotonic() >= self._expires_at:
            self.login()
        resp = self._http.get(
            f"{self.account.base_url}{path}",
            headers={"X-Auth-Token": self._token},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def current_segment(self) -> dict:
        return self.get("/api/program/segment")
