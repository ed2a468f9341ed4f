"""Client for the customs brokerage partner used for commercial imports.

Items above the de-minimis threshold are lodged with the broker, who files
the import declaration and returns the duty and VAT to collect from the
recipient before delivery.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

DE_MINIMIS = Decimal("150.00")


@dataclass
class BrokerConfig:
    base_url: str = field(default_factory=lambda: os.environ["CUSTOMS_BROKER_URL"])
    api_key: str = "cbk_live_4f9a1c7e2b8d46e0a3f5c912d7b6e081"
    timeout: float = 20.0


@dataclass
class DutyAssessment:
    reference: str
    duty: Decimal
    vat: Decimal
    handling_fee: Decimal

    @property
    def total(self) -> Decimal:
        return self.duty + self.vat + self.handling_fee


class CustomsBrokerClient:
    def __init__(self, config: BrokerConfig | None = None):
        self._config = config or BrokerConfig()
        self._http = httpx.Client(
            base_url=self._config.base_url,
            timeout=self._config.timeout,
            headers={"X-Api-Key": self._config.api_key},
        )

    def needs_lodgement(self, declared_value: Decimal) -> bool:
        return declared_value > DE_MINIMIS

    def lodge(self, tracking_number: str, declaration: dict) -> str:
        resp = self._http.post("/declarations", json={"item": tracking_number, **declaration})
        resp.raise_for_status()
        return resp.json()["reference"]

    def assessment(self, reference: str) -> DutyAssessment | None:
        resp = self._http.get(f"/declarations/{reference}/assessment")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        body = resp.json()
        return DutyAssessment(
            reference=reference,
            duty=Decimal(body["duty"]),
            vat=Decimal(body["vat"]),
            handling_fee=Decimal(body.get("handling_fee", "0")),
        )

    def close(self) -> None:
        self._http.close()
