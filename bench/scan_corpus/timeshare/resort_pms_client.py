"""Client for the resorts' property management system (PMS).

The PMS runs on the hospitality network behind an internal certificate
authority; its CA bundle is installed on every booking host.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class PmsSettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/ssl/certs/hospitality-internal-ca.pem"

    @classmethod
    def from_env(cls) -> "PmsSettings":
        return cls(
            base_url=os.environ["PMS_BASE_URL"].rstrip("/"),
            client_id=os.environ["PMS_CLIENT_ID"],
            client_secret=os.environ["PMS_CLIENT_SECRET"],
            ca_bundle=os.environ.get("PMS_CA_BUNDLE", cls.ca_bundle),
        )


class ResortPmsClient:
    def __init__(self, settings: PmsSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        retries = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retries))
        self._token: str | None = None

    def _authenticate(self) -> None:
        resp = self._session.post(
            f"{self._settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._settings.client_id, self._settings.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        self._session.headers["Authorization"] = f"Bearer {self._token}"

    def _get(self, path: str, **params) -> dict:
        if self._token is None:
            self._authenticate()
        resp = self._session.get(f"{self._settings.base_url}{path}", params=params, timeout=15)
        if resp.status_code == 401:
            self._authenticate()
            resp = self._session.get(f"{self._settings.base_url}{path}", params=params, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def arrivals(self, resort_code: str, day: date) -> list[dict]:
        return self._get(f"/resorts/{resort_code}/arrivals", date=day.isoformat())["arrivals"]

    def unit_status(self, resort_code: str, unit_id: str) -> str:
        return self._get(f"/resorts/{resort_code}/units/{unit_id}")["housekeeping_status"]
