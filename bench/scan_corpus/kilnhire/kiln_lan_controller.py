"""Talks to kiln controllers on the studio LAN through their local REST API.

Older controllers are not cloud connected; the poller logs in to each one with
a per-kiln account and reads thermocouple values every thirty seconds.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger("kilnhire.lan")


@dataclass
class ControllerCredentials:
    kiln_name: str
    base_url: str
    username: str
    password: str
    ca_bundle: str = "/etc/kilnhire/controller-ca.pem"


class LanControllerSession:
    def __init__(self, creds: ControllerCredentials, timeout: float = 5.0):
        self.creds = creds
        self.timeout = timeout
        self._http = requests.Session()
        self._http.verify = creds.ca_bundle
        self._token: Optional[str] = None
        self._token_expiry = 0.0

    def _login(self) -> None:
        log.info("opening controller session with %s", self.creds)
        resp = self._http.post(
            f"{self.creds.base_url}/api/login",
            json={"user": self.creds.username, "password": self.creds.password},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["token"]
        self._token_expiry = time.monotonic() + int(body.get("ttl", 600)) - 30

    def _auth_headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._token_expiry:
            self._login()
        return {"X-Auth-Token": self._token or ""}

    def read_temperatures(self) -> dict[str, float]:
        resp = self._http.get(
            f"{self.creds.base_url}/api/thermocouples",
            headers=self._auth_headers(),
            timeout=self.timeout,
        )
        if resp.status_code == 401:
            self._token = None
            resp = self._http.get(
                f"{self.creds.base_url}/api/thermocouples",
                headers=self._auth_headers(),
                timeout=self.timeout,
            )
        resp.raise_for_status()
        return {tc["zone"]: float(tc["celsius"]) for tc in resp.json()["thermocouples"]}


def poll_forever(sessions: list[LanControllerSession], sink, interval: float = 30.0) -> None:
    while True:
        for session in sessions:
            try:
                sink.write(session.creds.kiln_name, session.read_temperatures())
            except requests.RequestException as exc:
                log.warning("kiln %s unreachable: %s", session.creds.kiln_name, exc)
        time.sleep(interval)
