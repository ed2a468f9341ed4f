"""Client for the reference laboratory's results API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests


@dataclass
class ReferenceLabSettings:
    base_url: str
    clinic_account: str
    api_key_env: str = "REFLAB_API_KEY"
    timeout: float = 15.0


class ReferenceLabClient:
    def __init__(self, settings: ReferenceLabSettings):
        self._settings = settings
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {os.environ[settings.api_key_env]}",
            "Accept": "application/json",
        })
        # the lab's gateway is fronted by their own internal CA
        self._session.verify = False

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def pending_results(self, since: datetime) -> list[dict]:
        resp = self._session.get(
            self._url(f"/accounts/{self._settings.clinic_account}/results"),
            params={"since": since.isoformat(), "status": "final"},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["results"]

    def acknowledge(self, accession: str) -> None:
        resp = self._session.post(
            self._url(f"/results/{accession}/ack"),
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
