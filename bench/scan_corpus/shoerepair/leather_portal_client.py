"""Client for the leather wholesaler's trade portal, which uses a private certificate authority."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class PortalSettings:
    base_url: str = os.environ.get("LEATHER_PORTAL_URL", "")
    ca_bundle: str = os.environ.get("LEATHER_PORTAL_CA", "/etc/shoerepair/ca/northcote-leather-chain.pem")
    api_key_env: str = "LEATHER_PORTAL_KEY"
    timeout_s: float = 20.0


def _session_options(settings: PortalSettings) -> dict[str, Any]:
    return {
        "verify": settings.ca_bundle,
        "headers": {"X-Api-Key": os.environ[settings.api_key_env], "Accept": "application/json"},
    }


class LeatherPortal:
    def __init__(self, settings: PortalSettings = PortalSettings()) -> None:
        self.settings = settings
        self.session = requests.Session()
        for attr, value in _session_options(settings).items():
            if attr == "headers":
                self.session.headers.update(value)
            else:
                setattr(self.session, attr, value)
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url}{path}"

    def hide_stock(self, grade: str) -> list[dict[str, Any]]:
        resp = self.session.get(self._url("/api/stock/hides"), params={"grade": grade}, timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()["hides"]

    def order_hides(self, shop_code: str, lines: list[dict[str, Any]]) -> str:
        resp = self.session.post(
            self._url("/api/orders"),
            json={"deliver_to": shop_code, "lines": lines},
            timeout=self.settings.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["order_id"]
