"""Submits damage and injury incident claims to the insurer's claims API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx


@dataclass(frozen=True)
class ClaimsApiSettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/ssl/certs/insurer-partner-ca.pem"
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "ClaimsApiSettings":
        return cls(
            base_url=os.environ["CLAIMS_API_URL"],
            client_id=os.environ["CLAIMS_CLIENT_ID"],
            client_secret=os.environ["CLAIMS_CLIENT_SECRET"],
            ca_bundle=os.environ.get("CLAIMS_CA_BUNDLE", cls.ca_bundle),
        )


@dataclass
class IncidentClaim:
    policy_number: str
    booking_ref: str
    occurred_at: datetime
    description: str
    injury: bool
    photos: list[Path] = field(default_factory=list)


class InsurerClaimsClient:
    def __init__(self, settings: ClaimsApiSettings) -> None:
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            verify=settings.ca_bundle,
            timeout=settings.timeout,
        )

    def _token(self) -> str:
        resp = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._settings.client_id, self._settings.client_secret),
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def submit(self, claim: IncidentClaim) -> str:
        headers = {"Authorization": f"Bearer {self._token()}"}
        resp = self._http.post(
            "/claims",
            headers=headers,
            json={
                "policy": claim.policy_number,
                "external_reference": claim.booking_ref,
                "occurred_at": claim.occurred_at.isoformat(),
                "description": claim.description,
                "bodily_injury": claim.injury,
            },
        )
        resp.raise_for_status()
        claim_id = resp.json()["claim_id"]
        for photo in claim.photos:
            with photo.open("rb") as fh:
                self._http.post(
                    f"/claims/{claim_id}/attachments",
                    headers=headers,
                    files={"file": (photo.name, fh, "image/jpeg")},
                ).raise_for_status()
        return claim_id
