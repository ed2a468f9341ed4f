"""Deliver signed-out reports to the hospital EHR gateway."""
from __future__ import annotations

import logging
import time

import requests

log = logging.getLogger("delivery.ehr")


class EhrDeliveryClient:
    def __init__(self, gateway_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self.gateway_url = gateway_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self.timeout = timeout
        self._token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    def __repr__(self) -> str:
        return f"EhrDeliveryClient(gateway_url={self.gateway_url!r}, client_id={self.client_id!r})"

    def _bearer(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 30:
            return self._token
        resp = self._http.post(
            f"{self.gateway_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "results.write"},
            auth=(self.client_id, self._client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 300))
        log.debug("obtained gateway token for client %s, expires in %ss",
                  self.client_id, payload.get("expires_in"))
        return self._token

    def deliver(self, accession: str, pdf: bytes, ordering_npi: str) -> str:
        resp = self._http.post(
            f"{self.gateway_url}/api/reports",
            files={"report": (f"{accession}.pdf", pdf, "application/pdf")},
            data={"accession": accession, "npi": ordering_npi},
            headers={"Authorization": f"Bearer {self._bearer()}"},
            timeout=self.timeout,
        )
        if resp.status_code == 401:
            self._token = None
            log.warning("gateway rejected token for client %s; will refresh", self.client_id)
        resp.raise_for_status()
        document_id = resp.json()["documentId"]
        log.info("delivered %s to NPI %s as %s", accession, ordering_npi, document_id)
        return document_id
