"""Client for the state shellfish program's harvest reporting API.

Every harvest batch has to be reported with its harvest area, time out of
water and the first receiving temperature within 24 hours.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("oysterfarm.regulator")


@dataclass
class RegulatorSettings:
    base_url: str
    client_id: str
    client_secret: str
    dealer_cert_no: str
    timeout: float = 20.0


class RegulatorClient:
    def __init__(self, settings: RegulatorSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = self._http.post(
            f"{self._settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "harvest:write"},
            auth=(self._settings.client_id, self._settings.client_secret),
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + int(body.get("expires_in", 3600))
        log.debug("regulator token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def submit_batch(self, batch) -> str:
        payload = {
            "dealer_certificate": self._settings.dealer_cert_no,
            "batch_number": batch.number,
            "harvest_area": batch.harvest_area,
            "harvested_at": batch.harvested_at.isoformat(),
            "out_of_water_at": batch.out_of_water_at.isoformat(),
            "first_receiving_temp_c": batch.receiving_temp_c,
            "quantity_dozens": batch.dozens,
        }
        resp = self._http.post(
            f"{self._settings.base_url}/v2/harvest-reports",
            json=payload,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self._settings.timeout,
        )
        if resp.status_code == 409:
            log.info("batch %s was already reported", batch.number)
            return resp.json()["report_id"]
        resp.raise_for_status()
        report_id = resp.json()["report_id"]
        log.info("batch %s reported as %s", batch.number, report_id)
        return report_id
