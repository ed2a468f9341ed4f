"""Notify ordering clinicians through the hospital EHR gateway when a report is signed out."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("delivery.notifier")


@dataclass
class SignedReport:
    accession: str
    patient_mrn: str
    ordering_npi: str
    report_url: str
    critical: bool = False


class EhrGatewayNotifier:
    def __init__(self, gateway_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self.gateway_url = gateway_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self.timeout = timeout
        self._token: str | None = None
        self._token_expiry = 0.0
        self._http = requests.Session()

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        resp = self._http.post(
            f"{self.gateway_url}/oauth2/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "scope": "results.notify",
            },
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expiry = time.monotonic() + int(payload.get("expires_in", 300))
        log.debug("refreshed gateway token %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def notify(self, report: SignedReport) -> str:
        body = {
            "accession": report.accession,
            "patient": {"mrn": report.patient_mrn},
            "recipient": {"npi": report.ordering_npi},
            "priority": "critical" if report.critical else "routine",
            "link": report.report_url,
        }
        resp = self._http.post(
            f"{self.gateway_url}/api/notifications",
            json=body,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        message_id = resp.json()["id"]
        log.info("notified NPI %s for %s (message %s)", report.ordering_npi, report.accession, message_id)
        return message_id
