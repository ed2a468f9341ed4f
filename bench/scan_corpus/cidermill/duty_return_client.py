"""Client for filing quarterly cider duty returns with the tax office."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import httpx

log = logging.getLogger("duty.client")


@dataclass(frozen=True)
class TaxOfficeCredentials:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "TaxOfficeCredentials":
        return cls(
            base_url=os.environ["TAX_OFFICE_API_URL"].rstrip("/"),
            client_id=os.environ["TAX_OFFICE_CLIENT_ID"],
            client_secret=os.environ["TAX_OFFICE_CLIENT_SECRET"],
        )


class DutyReturnClient:
    def __init__(self, creds: TaxOfficeCredentials, excise_number: str):
        self._creds = creds
        self._excise_number = excise_number
        self._http = httpx.Client(base_url=creds.base_url, timeout=30.0)

    def _token(self) -> str:
        resp = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "write:excise-returns"},
            auth=(self._creds.client_id, self._creds.client_secret),
        )
        if resp.status_code != 200:
            log.error(
                "token request for client %s failed with HTTP %s",
                self._creds.client_id,
                resp.status_code,
            )
            resp.raise_for_status()
        return resp.json()["access_token"]

    def file_return(self, start: date, end: date, litres: float, duty_pence: int) -> str:
        resp = self._http.post(
            f"/excise/{self._excise_number}/returns",
            json={
                "periodStart": start.isoformat(),
                "periodEnd": end.isoformat(),
                "product": "cider",
                "litres": round(litres, 2),
                "dutyDue": duty_pence,
            },
            headers={"Authorization": f"Bearer {self._token()}"},
        )
        resp.raise_for_status()
        receipt = resp.json()["receiptReference"]
        log.info("filed duty return %s..%s for %s, receipt %s", start, end, self._creds, receipt)
        return receipt
