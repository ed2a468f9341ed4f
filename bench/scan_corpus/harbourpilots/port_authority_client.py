"""Client for the port authority's vessel traffic and port-call API.

Used by the dispatch service to fetch confirmed port calls, berth
assignments and to report pilot boarding/landing times.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class PortAuthoritySettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str | None = None
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "PortAuthoritySettings":
        return cls(
            base_url=os.environ["PA_API_URL"].rstrip("/"),
            client_id=os.environ["PA_CLIENT_ID"],
            client_secret=os.environ["PA_CLIENT_SECRET"],
            ca_bundle=os.environ.get("PA_CA_BUNDLE"),
        )


class PortAuthorityClient:
    def __init__(self, settings: PortAuthoritySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle or False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        self._token: str | None = None

    def _authenticate(self) -> str:
        resp = self._session.post(
            f"{self._settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._settings.client_id, self._settings.client_secret),
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def _get(self, path: str, **params: Any) -> Any:
        token = self._token or self._authenticate()
        resp = self._session.get(
            f"{self._settings.base_url}{path}",
            params=params,
            headers={"Authorization": f"Bearer {token}"},
            timeout=self._settings.timeout,
        )
        if resp.status_code == 401:
            self._token = None
            return self._get(path, **params)
        resp.raise_for_status()
        return resp.json()

    def port_calls(self, since: datetime) -> list[dict]:
        return self._get("/v1/port-calls", updatedSince=since.isoformat())

    def berth(self, berth_code: str) -> dict:
        return self._get(f"/v1/berths/{berth_code}")

    def report_boarding(self, port_call_id: str, pilot_id: str, boarded_at: datetime) -> None:
        token = self._token or self._authenticate()
        resp = self._session.post(
            f"{self._settings.base_url}/v1/port-calls/{port_call_id}/pilotage",
            json={"pilotId": pilot_id, "boardedAt": boarded_at.isoformat()},
            headers={"Authorization": f"Bearer {token}"},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
