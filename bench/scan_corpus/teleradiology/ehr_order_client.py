"""Client for a hospital EHR's FHIR API, used to fetch imaging orders.

The hospital issues OAuth2 client credentials to the teleradiology group;
access tokens are cached until shortly before they expire.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("integrations.ehr")


@dataclass
class EhrClientConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    ca_bundle: str
    scope: str = "system/ServiceRequest.read system/Patient.read"


@dataclass
class EhrOrderClient:
    config: EhrClientConfig
    http: requests.Session = field(default_factory=requests.Session)
    _token: str | None = None
    _expires_at: float = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 60:
            return self._token
        resp = self.http.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": self.config.scope},
            auth=(self.config.client_id, self.config.client_secret),
            verify=self.config.ca_bundle,
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 300))
        log.info("obtained EHR access token %s, valid for %ss", self._token, payload.get("expires_in"))
        return self._token

    def _get(self, path: str, params: dict | None = None) -> dict:
        resp = self.http.get(
            f"{self.config.base_url}/{path}",
            params=params,
            headers={"Authorization": f"Bearer {self._access_token()}", "Accept": "application/fhir+json"},
            verify=self.config.ca_bundle,
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()

    def imaging_orders(self, accession: str) -> list[dict]:
        bundle = self._get(
            "ServiceRequest",
            params={"identifier": f"urn:accession|{accession}", "category": "363679005"},
        )
        return [entry["resource"] for entry in bundle.get("entry", [])]

    def clinical_history(self, patient_id: str) -> str:
        patient = self._get(f"Patient/{patient_id}")
        notes = [ext.get("valueString", "") for ext in patient.get("extension", []) if "valueString" in ext]
        return "\n".join(notes)
