"""Client for the guest Wi-Fi hotspot controller used by the PMS interface."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

LOGIN_PATH = "/api/auth/login"
CSRF_HEADER = "X-CSRF-Token"
PASSWORD_ENV = "HOTSPOT_API_PASSWORD"
USERNAME_ENV = "HOTSPOT_API_USER"


@dataclass
class HotspotSettings:
    base_url: str
    site: str = "default"
    username: str = ""
    password: str = ""
    ca_bundle: str | bool = True

    @classmethod
    def from_env(cls, base_url: str, site: str = "default") -> "HotspotSettings":
        return cls(
            base_url=base_url,
            site=site,
            username=os.environ[USERNAME_ENV],
            password=os.environ[PASSWORD_ENV],
            ca_bundle=os.environ.get("HOTSPOT_CA_BUNDLE", True),
        )


class HotspotClient:
    def __init__(self, settings: HotspotSettings):
        self.s = settings
        self.http = requests.Session()
        self.http.verify = settings.ca_bundle

    def login(self) -> None:
        resp = self.http.post(
            self.s.base_url + LOGIN_PATH,
            json={"username": self.s.username, "password": self.s.password},
            timeout=10,
        )
        resp.raise_for_status()
        if CSRF_HEADER in resp.headers:
            self.http.headers[CSRF_HEADER] = resp.headers[CSRF_HEADER]

    def authorize_guest(self, mac: str, minutes: int, room: str) -> dict:
        url = f"{self.s.base_url}/proxy/network/api/s/{self.s.site}/cmd/stamgr"
        payload = {"cmd": "authorize-guest", "mac": mac.lower(), "minutes": minutes, "note": f"room {room}"}
        resp = self.http.post(url, json=payload, timeout=10)
        if resp.status_code == 401:
            self.login()
            resp = self.http.post(url, json=payload, timeout=10)
        resp.raise_for_status()
        return resp.json()
