"""Submits statutory notifications to the regulator's reporting API over mutual TLS."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class RegulatorApiSettings:
    base_url: str = field(default_factory=lambda: os.environ["REGULATOR_API_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get(
        "REGULATOR_CA_BUNDLE", "/etc/organbank/tls/regulator-root-ca.pem"))
    client_cert: tuple[str, str] = (
        "/etc/organbank/tls/organbank-client.crt",
        "/etc/organbank/tls/organbank-client.key",
    )
    timeout: tuple[float, float] = (5.0, 30.0)


def build_session(settings: RegulatorApiSettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    session.cert = settings.client_cert
    retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


class RegulatorSubmissionClient:
    def __init__(self, settings: RegulatorApiSettings | None = None) -> None:
        self.settings = settings or RegulatorApiSettings()
        self.session = build_session(self.settings)

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        resp = self.session.post(f"{self.settings.base_url}{path}", json=payload,
                                 timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def notify_serious_adverse_event(self, case_ref: str, organ: str, summary: str) -> str:
        body = {"case": case_ref, "organ": organ, "summary": summary, "category": "SAE"}
        return self._post("/v1/notifications", body)["receipt"]

    def submit_monthly_return(self, period: str, manifest_sha256: str, file_count: int) -> str:
        body = {"period": period, "manifest": manifest_sha256, "files": file_count}
        return self._post("/v1/returns", body)["receipt"]
