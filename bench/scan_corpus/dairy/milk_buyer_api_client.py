"""Client for the processor's milk intake API.

Daily, the cooperative posts consolidated intake volumes to each
processor that buys its milk and retrieves the agreed price schedule.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("buyer_api")


@dataclass
class BuyerConfig:
    name: str
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls, prefix: str) -> "BuyerConfig":
        return cls(
            name=prefix.lower(),
            base_url=os.environ[f"{prefix}_URL"],
            client_id=os.environ[f"{prefix}_CLIENT_ID"],
            client_secret=os.environ[f"{prefix}_CLIENT_SECRET"],
        )


def describe_request(cfg: BuyerConfig, form: dict) -> str:
    pairs = " ".join(f"{k}={v}" for k, v in form.items())
    return f"POST {cfg.base_url}/oauth/token {pairs}"


class BuyerClient:
    def __init__(self, cfg: BuyerConfig) -> None:
        self.cfg = cfg
        self.http = requests.Session()
        self._token: str | None = None

    def _authenticate(self) -> str:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.cfg.client_id,
            "client_secret": self.cfg.client_secret,
        }
        log.debug("buyer %s auth: %s", self.cfg.name, describe_request(self.cfg, form))
        resp = self.http.post(f"{self.cfg.base_url}/oauth/token", data=form, timeout=15)
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _headers(self) -> dict:
        if self._token is None:
            self._token = self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def post_intake(self, day: date, litres: float, tankers: int) -> str:
        payload = {"date": day.isoformat(), "litres": litres, "tankers": tankers}
        resp = self.http.post(f"{self.cfg.base_url}/intake", json=payload, headers=self._headers(), timeout=15)
        resp.raise_for_status()
        return resp.json()["receipt"]

    def price_schedule(self, month: str) -> dict:
        resp = self.http.get(f"{self.cfg.base_url}/prices/{month}", headers=self._headers(), timeout=15)
        resp.raise_for_status()
        return resp.json()
