"""Small client for the guest Wi-Fi controller (hotspot manager API).

Used by the PMS integration to create voucher codes at check-in and to
revoke them at check-out or room move.
"""
from __future__ import annotations

import os

import requests

CONTROLLER_DEFAULTS = {
    "site": "default",
    "username": "pms-integration",
    "password": "T7v!qLm2#Rw9xZpe",
    "timeout": 10,
}


class WifiController:
    def __init__(self, base_url: str, **overrides):
        cfg = {**CONTROLLER_DEFAULTS, **overrides}
        self.base_url = base_url.rstrip("/")
        self.site = cfg["site"]
        self.timeout = cfg["timeout"]
        self._credentials = {"username": cfg["username"], "password": cfg["password"]}
        self.session = requests.Session()
        self.session.verify = os.environ.get("WIFI_CONTROLLER_CA", True)

    def login(self) -> None:
        resp = self.session.post(f"{self.base_url}/api/login", json=self._credentials, timeout=self.timeout)
        resp.raise_for_status()

    def _cmd(self, manager: str, payload: dict) -> list[dict]:
        url = f"{self.base_url}/api/s/{self.site}/cmd/{manager}"
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code == 401:
            self.login()
            resp = self.session.post(url, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json().get("data", [])

    def create_voucher(self, minutes: int, devices: int, note: str, quota_mb: int = 0) -> str:
        data = self._cmd(
            "hotspot",
            {"cmd": "create-voucher", "expire": minutes, "n": 1, "quota": devices, "note": note, "bytes": quota_mb},
        )
        create_time = data[0]["create_time"]
        vouchers = self.session.get(
            f"{self.base_url}/api/s/{self.site}/stat/voucher",
            params={"create_time": create_time},
            timeout=self.timeout,
        ).json()["data"]
        return vouchers[0]["code"]

    def revoke_voucher(self, voucher_id: str) -> None:
        self._cmd("hotspot", {"cmd": "delete-voucher", "_id": voucher_id})
