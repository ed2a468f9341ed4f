"""Client for the courier company's dispatch API (OAuth2 client credentials)."""
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("bloodbank.courier")


@dataclass
class CourierConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "CourierConfig":
        return cls(
            base_url=os.environ["COURIER_API_URL"],
            token_url=os.environ["COURIER_TOKEN_URL"],
            client_id=os.environ["COURIER_CLIENT_ID"],
            client_secret=os.environ["COURIER_CLIENT_SECRET"],
        )


class CourierClient:
    def __init__(self, cfg: CourierConfig):
        self.cfg = cfg
        self.session = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh_token(self) -> str:
        resp = self.session.post(
            self.cfg.token_url,
            data={"grant_type": "client_credentials", "scope": "dispatch"},
            auth=(self.cfg.client_id, self.cfg.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body.get("expires_in", 3600) - 60
        log.debug("courier token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def _headers(self) -> dict:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def book_pickup(self, site_code: str, hospital_code: str, boxes: int, urgent: bool) -> str:
        resp = self.session.post(
            f"{self.cfg.base_url}/v2/pickups",
            json={"from": site_code, "to": hospital_code, "boxes": boxes,
                  "priority": "blue-light" if urgent else "standard",
                  "temperature_range": "2-6C"},
            headers=self._headers(),
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["tracking_ref"]
