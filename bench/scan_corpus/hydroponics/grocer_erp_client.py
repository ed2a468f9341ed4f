"""Client for the grocery chain ERP that receives our wholesale delivery notices."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class ErpSettings:
    base_url: str = field(default_factory=lambda: os.environ["GROCER_ERP_URL"])
    client_id: str = field(default_factory=lambda: os.environ["GROCER_ERP_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["GROCER_ERP_CLIENT_SECRET"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("GROCER_ERP_CA_BUNDLE", "/etc/ssl/certs/grocer-erp-ca.pem"))
    timeout: tuple[float, float] = (5.0, 30.0)


def _session_for(settings: ErpSettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


class GrocerErpClient:
    def __init__(self, settings: ErpSettings | None = None) -> None:
        self.settings = settings or ErpSettings()
        self.session = _session_for(self.settings)
        self._token: str | None = None

    def _authorize(self) -> str:
        if self._token is None:
            response = self.session.post(
                f"{self.settings.base_url}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self.settings.client_id, self.settings.client_secret),
                timeout=self.settings.timeout,
            )
            response.raise_for_status()
            self._token = response.json()["access_token"]
        return self._token

    def send_delivery_notice(self, store_code: str, delivery_day: date, lines: list[dict[str, Any]]) -> str:
        response = self.session.post(
            f"{self.settings.base_url}/api/v2/stores/{store_code}/asn",
            json={"delivery_date": delivery_day.isoformat(), "lines": lines},
            headers={"Authorization": f"Bearer {self._authorize()}"},
            timeout=self.settings.timeout,
        )
        response.raise_for_status()
        return response.json()["asn_id"]
