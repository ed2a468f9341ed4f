"""Client for submitting warranty claims to e-bike drive-unit manufacturers."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List

import httpx


@dataclass
class WarrantyApiSettings:
    base_url: str = "https://warranty.drive-unit-oem.example/api/v2"
    timeout_s: float = 20.0
    verify_tls: bool = False
    retries: int = 3


@dataclass
class ClaimPart:
    part_number: str
    serial: str
    fault_code: str


@dataclass
class WarrantyClaim:
    dealer_ref: str
    job_card: str
    frame_serial: str
    odometer_km: int
    parts: List[ClaimPart] = field(default_factory=list)
    notes: str = ""


class ManufacturerGateway:
    def __init__(self, settings: WarrantyApiSettings | None = None) -> None:
        self.settings = settings or WarrantyApiSettings()

    def _transport_opts(self) -> Dict[str, Any]:
        return {
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout_s,
            "verify": self.settings.verify_tls,
            "transport": httpx.HTTPTransport(retries=self.settings.retries),
            "headers": {"X-Dealer-Key": os.environ["OEM_DEALER_KEY"]},
        }

    def client(self) -> httpx.Client:
        return httpx.Client(**self._transport_opts())

    def submit(self, claim: WarrantyClaim) -> str:
        with self.client() as http:
            resp = http.post("/claims", json=asdict(claim))
            resp.raise_for_status()
            return resp.json()["claim_id"]

    def status(self, claim_id: str) -> Dict[str, Any]:
        with self.client() as http:
            resp = http.get(f"/claims/{claim_id}")
            resp.raise_for_status()
            return resp.json()
