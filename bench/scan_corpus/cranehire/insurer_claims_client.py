"""Client for the insurer's claims API, used when a crane is damaged on hire.

The insurer's API sits behind a private CA, so requests are verified
against the CA bundle they supplied rather than the public trust store.
"""
import os
from dataclasses import dataclass, field
from typing import BinaryIO

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class ClaimsApiSettings:
    base_url: str = field(default_factory=lambda: os.environ["INSURER_CLAIMS_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("INSURER_CA_BUNDLE", "/etc/cranehire/insurer-ca.pem")
    )
    api_key: str = field(default_factory=lambda: os.environ["INSURER_CLAIMS_KEY"], repr=False)
    timeout: float = 30.0


class ClaimsClient:
    def __init__(self, settings: ClaimsApiSettings = None) -> None:
        self._settings = settings or ClaimsApiSettings()
        self._session = requests.Session()
        self._session.verify = self._settings.ca_bundle
        self._session.headers.update({"X-Api-Key": self._settings.api_key})
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET"}))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}{path}"

    def open_claim(self, policy_ref: str, crane_id: str, incident_date: str, summary: str) -> str:
        resp = self._session.post(
            self._url("/claims"),
            json={"policy": policy_ref, "asset": crane_id, "date": incident_date, "summary": summary},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["claim_ref"]

    def attach_evidence(self, claim_ref: str, filename: str, fh: BinaryIO) -> None:
        resp = self._session.post(
            self._url(f"/claims/{claim_ref}/evidence"),
            files={"file": (filename, fh, "application/octet-stream")},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()

    def status(self, claim_ref: str) -> dict:
        resp = self._session.get(self._url(f"/claims/{claim_ref}"), timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json()
