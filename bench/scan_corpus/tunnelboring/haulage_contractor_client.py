"""Client for the muck-away haulier's booking API.

Used by the site logistics team to book lorry slots against the spoil
production forecast and to pull confirmed collection times.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("haulage.client")


@dataclass
class HaulierConfig:
    base_url: str
    api_key: str
    retries: int = 3
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "HaulierConfig":
        return cls(
            base_url=os.environ["HAULIER_API_URL"].rstrip("/"),
            api_key=os.environ["HAULIER_API_KEY"],
        )


class HaulierClient:
    def __init__(self, config: HaulierConfig) -> None:
        self.config = config
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "Accept": "application/json",
        }

    def _send(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        for attempt in range(1, self.config.retries + 1):
            resp = self.session.request(
                method, url, headers=headers, timeout=self.config.timeout, **kwargs
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
            log.warning(
                "haulier API %s %s failed (attempt %d, status %d) headers=%s",
                method, url, attempt, resp.status_code, headers,
            )
            time.sleep(2 * attempt)
        raise RuntimeError(f"haulier API unavailable: {method} {path}")

    def book_slots(self, shaft: str, day: str, lorries: int) -> dict:
        return self._send("POST", "/v1/bookings", json={"site": shaft, "date": day, "count": lorries})

    def confirmed(self, day: str) -> list[dict]:
        return self._send("GET", "/v1/bookings", params={"date": day})["items"]
