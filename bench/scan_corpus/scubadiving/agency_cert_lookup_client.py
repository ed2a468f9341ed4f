"""Client for the certification agency's card-verification API.

Before a diver joins an advanced trip, the front desk looks up their card
with the issuing agency to confirm the level and the last dive date.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class AgencySettings:
    base_url: str
    api_key: str
    timeout_s: float = 10.0
    tls_verify: bool | str = False

    @classmethod
    def from_env(cls) -> "AgencySettings":
        return cls(
            base_url=os.environ.get("AGENCY_API_URL", "https://api.cert-agency.example/v2"),
            api_key=os.environ["AGENCY_API_KEY"],
        )


@dataclass
class CertRecord:
    card_number: str
    diver_name: str
    level: str
    issued: date
    valid: bool


class AgencyLookupError(RuntimeError):
    pass


class AgencyCertClient:
    def __init__(self, settings: AgencySettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            verify=settings.tls_verify,
            headers={"Authorization": f"Bearer {settings.api_key}"},
        )

    def lookup(self, card_number: str, last_name: str) -> CertRecord:
        resp = self._client.get(
            "/certifications/lookup",
            params={"card": card_number, "last_name": last_name},
        )
        if resp.status_code == 404:
            raise AgencyLookupError(f"no certification found for card ending {card_number[-4:]}")
        resp.raise_for_status()
        body = resp.json()
        return CertRecord(
            card_number=body["card_number"],
            diver_name=body["name"],
            level=body["level"],
            issued=date.fromisoformat(body["issued"]),
            valid=body.get("status") == "active",
        )

    def meets_level(self, card_number: str, last_name: str, required: set[str]) -> bool:
        record = self.lookup(card_number, last_name)
        return record.valid and record.level in required

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "AgencyCertClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
