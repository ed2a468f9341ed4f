"""Client for filing monthly excise returns with the state revenue portal."""
from __future__ import annotations

import os
from dataclasses import dataclass, asdict
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class ExciseReturn:
    period: str              # YYYY-MM
    licence_number: str
    barrels_produced: Decimal
    barrels_removed_taxable: Decimal
    barrels_removed_exempt: Decimal
    tax_due: Decimal


class ExcisePortalClient:
    def __init__(self, base_url: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['EXCISE_PORTAL_TOKEN']}"
        self.session.verify = False
        retries = Retry(total=3, backoff_factor=1.5, status_forcelist=[502, 503, 504])
        self.session.mount("https://", HTTPAdapter(max_retries=retries))

    def _url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def submit_return(self, ret: ExciseReturn) -> str:
        payload = {k: str(v) for k, v in asdict(ret).items()}
        resp = self.session.post(self._url("/returns"), json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["confirmation_number"]

    def return_status(self, confirmation_number: str) -> str:
        resp = self.session.get(
            self._url(f"/returns/{confirmation_number}"), timeout=self.timeout
        )
        resp.raise_for_status()
        return resp.json()["status"]

    def list_open_periods(self, licence_number: str) -> list[str]:
        resp = self.session.get(
            self._url("/periods"),
            params={"licence": licence_number, "state": "open"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return [p["period"] for p in resp.json()["periods"]]
