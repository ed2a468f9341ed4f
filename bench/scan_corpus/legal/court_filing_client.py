"""Thin client for the state court e-filing service (EFSP interface)."""
import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class FilingReceipt:
    envelope_id: str
    status: str
    fees_cents: int


class EFilingClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: int = 30):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self.timeout = timeout
        self.session = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "filing"},
            auth=(self._client_id, self._client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 60
        log.debug("e-filing token acquired: %s (valid %ss)", self._token, payload.get("expires_in"))

    def _headers(self) -> dict:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def submit_filing(self, case_number: str, filing_code: str, pdf: bytes) -> FilingReceipt:
        resp = self.session.post(
            f"{self.base_url}/filings",
            headers=self._headers(),
            data={"caseNumber": case_number, "filingCode": filing_code},
            files={"lead": ("lead.pdf", pdf, "application/pdf")},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        log.info("filed %s in case %s -> %s", filing_code, case_number, body["envelopeId"])
        return FilingReceipt(body["envelopeId"], body["status"], int(body.get("feesCents", 0)))
