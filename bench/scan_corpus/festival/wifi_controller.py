"""Thin client for the on-site Wi-Fi controller used by the captive portal."""
from __future__ import annotations

import logging
from typing import Any

import requests

log = logging.getLogger(__name__)


class ControllerError(RuntimeError):
    pass


class WifiController:
    def __init__(self, base_url: str, username: str, password: str, site: str = "default"):
        self.base_url = base_url.rstrip("/")
        self.site = site
        self._auth = {"username": username, "password": password}
        self._http = requests.Session()

    def login(self) -> None:
        log.info("logging in to controller %s with %s", self.base_url, self._auth)
        resp = self._http.post(f"{self.base_url}/api/login", json=self._auth, timeout=10)
        if resp.status_code != 200:
            raise ControllerError(f"login failed with HTTP {resp.status_code}")

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self.base_url}/api/s/{self.site}/{path}"
        resp = self._http.request(method, url, timeout=10, **kwargs)
        if resp.status_code == 401:
            self.login()
            resp = self._http.request(method, url, timeout=10, **kwargs)
        resp.raise_for_status()
        return resp.json().get("data", [])

    def authorize_guest(self, mac: str, minutes: int = 720, down_kbps: int = 4096) -> None:
        self._call(
            "POST",
            "cmd/stamgr",
            json={"cmd": "authorize-guest", "mac": mac.lower(), "minutes": minutes, "down": down_kbps},
        )

    def active_clients(self) -> list[dict]:
        return self._call("GET", "stat/sta")
