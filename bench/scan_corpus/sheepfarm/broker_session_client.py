"""Client for the wool broker's seller API.

Pulls test results and catalogue lots for the farm's clip and pushes bale
specifications from the shed. Log lines name the account but never include
the password or bearer token.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import requests

log = logging.getLogger("sheepfarm.broker")


@dataclass
class BrokerCredentials:
    client_id: str
    username: str
    password: str = field(repr=False)


class BrokerSession:
    def __init__(self, base_url: str, creds: BrokerCredentials, timeout: float = 20.0):
        self._base = base_url.rstrip("/")
        self._creds = creds
        self._timeout = timeout
        self._http = requests.Session()
        self._token: str | None = None

    def login(self) -> None:
        log.debug(
            "requesting broker token for user=%s client=%s",
            self._creds.username,
            self._creds.client_id,
        )
        resp = self._http.post(
            f"{self._base}/oauth/token",
            data={
                "grant_type": "password",
                "client_id": self._creds.client_id,
                "username": self._creds.username,
                "password": self._creds.password,
            },
            timeout=self._timeout,
        )
        if resp.status_code in (400, 401):
            log.error("broker rejected login for %s: %s", self._creds.username, resp.status_code)
        resp.raise_for_status()
        grant = resp.json()
        self._token = grant["access_token"]
        log.info(
            "broker token obtained for %s, expires in %ss",
            self._creds.username,
            grant.get("expires_in", "?"),
        )

    def _auth_headers(self) -> dict:
        if self._token is None:
            self.login()
        return {"Authorization": f"Bearer {self._token}"}

    def test_results(self, clip_no: str) -> list[dict]:
        resp = self._http.get(
            f"{self._base}/clips/{clip_no}/tests",
            headers=self._auth_headers(),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["results"]

    def push_bale_specs(self, clip_no: str, bales: list[dict]) -> int:
        resp = self._http.post(
            f"{self._base}/clips/{clip_no}/bales",
            json={"bales": bales},
            headers=self._auth_headers(),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        log.info("broker accepted %d of %d bale specs for %s", accepted, len(bales), clip_no)
        return accepted
