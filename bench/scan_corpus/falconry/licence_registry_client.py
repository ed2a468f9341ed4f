"""Client for the wildlife licensing registry.

Registers captive-bred birds, records transfers to other keepers and checks
that Article 10 certificate numbers on incoming birds are valid.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx

log = logging.getLogger("licensing.registry")


@dataclass(frozen=True)
class RegistrySettings:
    base_url: str = "https://api.wildlife-licensing.example.gov.uk/v1"
    keeper_number: str = "KPR-0041877"
    api_key: str = "wlr_live_5c1e9a7f0b3d48e2a61c94d7e2f08b6a"
    timeout: float = 20.0


@dataclass
class TransferNotice:
    ring_number: str
    species: str
    certificate_no: str
    to_keeper: str
    transfer_date: date
    extra: dict[str, Any] = field(default_factory=dict)


class LicenceRegistryClient:
    def __init__(self, settings: RegistrySettings | None = None) -> None:
        self.settings = settings or RegistrySettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            headers={"X-Api-Key": self.settings.api_key,
                     "X-Keeper-Number": self.settings.keeper_number},
            timeout=self.settings.timeout,
        )

    def check_certificate(self, certificate_no: str) -> dict[str, Any]:
        resp = self._client.get(f"/certificates/{certificate_no}")
        if resp.status_code == 404:
            return {"valid": False, "certificate_no": certificate_no}
        resp.raise_for_status()
        return resp.json()

    def register_bird(self, ring_number: str, species: str, hatched: date,
                      parents: tuple[str, str] | None = None) -> str:
        body = {"ring_number": ring_number, "species": species,
                "hatch_date": hatched.isoformat()}
        if parents:
            body["parent_rings"] = list(parents)
        resp = self._client.post("/registrations", json=body)
        resp.raise_for_status()
        reg_id = resp.json()["registration_id"]
        log.info("registered %s (%s) as %s", ring_number, species, reg_id)
        return reg_id

    def notify_transfer(self, notice: TransferNotice) -> None:
        resp = self._client.post("/transfers", json={
            "ring_number": notice.ring_number,
            "species": notice.species,
            "certificate_no": notice.certificate_no,
            "to_keeper": notice.to_keeper,
            "date": notice.transfer_date.isoformat(),
            **notice.extra,
        })
        resp.raise_for_status()

    def close(self) -> None:
        self._client.close()
