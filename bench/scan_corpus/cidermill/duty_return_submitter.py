"""Submits the quarterly cider duty return to the tax office API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("duty.submit")


@dataclass(frozen=True)
class TaxOfficeConfig:
    base_url: str
    client_id: str
    client_secret: str
    excise_number: str

    @classmethod
    def from_env(cls) -> "TaxOfficeConfig":
        return cls(
            base_url=os.environ["TAX_OFFICE_API_URL"].rstrip("/"),
            client_id=os.environ["TAX_OFFICE_CLIENT_ID"],
            client_secret=os.environ["TAX_OFFICE_CLIENT_SECRET"],
            excise_number=os.environ["MILL_EXCISE_NUMBER"],
        )


@dataclass
class DutyReturn:
    period_start: date
    period_end: date
    litres_produced: float
    abv_band: str
    duty_due_pence: int


class DutyReturnSubmitter:
    def __init__(self, config: TaxOfficeConfig, session: requests.Session | None = None):
        self._cfg = config
        self._http = session or requests.Session()

    def _access_token(self) -> str:
        resp = self._http.post(
            f"{self._cfg.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self._cfg.client_id,
                "client_secret": self._cfg.client_secret,
                "scope": "write:excise-returns",
            },
            timeout=20,
        )
        if resp.status_code != 200:
            raise RuntimeError(
                f"token request failed ({resp.status_code}) for client "
                f"{self._cfg.client_id}:{self._cfg.client_secret}"
            )
        return resp.json()["access_token"]

    def submit(self, ret: DutyReturn) -> str:
        token = self._access_token()
        resp = self._http.post(
            f"{self._cfg.base_url}/excise/{self._cfg.excise_number}/returns",
            json={
                "periodStart": ret.period_start.isoformat(),
                "periodEnd": ret.period_end.isoformat(),
                "product": "cider",
                "abvBand": ret.abv_band,
                "litres": round(ret.litres_produced, 2),
                "dutyDue": ret.duty_due_pence,
            },
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        resp.raise_for_status()
        reference = resp.json()["receiptReference"]
        log.info(
            "duty return %s..%s accepted, receipt %s",
            ret.period_start,
            ret.period_end,
            reference,
        )
        return reference
