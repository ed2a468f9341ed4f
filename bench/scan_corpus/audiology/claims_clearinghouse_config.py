"""Connection settings and client for the hearing-aid claims clearinghouse."""
from __future__ import annotations

from dataclasses import dataclass, field

import requests


@dataclass(frozen=True)
class ClearinghouseCredentials:
    submitter_id: str = "AUD-CLINIC-0042"
    api_key: str = "chk_live_7Rq2vX9mPf3LzT8wKc5NbY1hJd6Gs4Ua"
    base_url: str = "https://edi.claimbridge.example/v1"


@dataclass
class ClearinghouseSettings:
    credentials: ClearinghouseCredentials = field(default_factory=ClearinghouseCredentials)
    timeout_s: int = 30
    payer_batch_size: int = 50


class ClaimsSubmitter:
    def __init__(self, settings: ClearinghouseSettings | None = None) -> None:
        self.settings = settings or ClearinghouseSettings()
        creds = self.settings.credentials
        self.session = requests.Session()
        self.session.headers.update(
            {"X-Submitter-Id": creds.submitter_id, "X-Api-Key": creds.api_key}
        )

    def submit(self, claims: list[dict]) -> list[str]:
        url = f"{self.settings.credentials.base_url}/claims/837p"
        accepted: list[str] = []
        size = self.settings.payer_batch_size
        for start in range(0, len(claims), size):
            batch = claims[start : start + size]
            resp = self.session.post(url, json={"claims": batch}, timeout=self.settings.timeout_s)
            resp.raise_for_status()
            accepted.extend(resp.json().get("tracking_ids", []))
        return accepted

    def status(self, tracking_id: str) -> str:
        url = f"{self.settings.credentials.base_url}/claims/{tracking_id}"
        resp = self.session.get(url, timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()["status"]
