"""Pushes approved bulk-water invoices to each municipality's
accounts-payable gateway (e-invoicing, UBL JSON profile)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    api_key: str
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout_s: float = 30.0

    @classmethod
    def for_municipality(cls, code: str) -> "GatewaySettings":
        prefix = f"AP_GATEWAY_{code.upper()}"
        return cls(base_url=os.environ[f"{prefix}_URL"], api_key=os.environ[f"{prefix}_KEY"])


class InvoicePushClient:
    default_headers = {"Accept": "application/json", "User-Agent": "desal-billing/2.4"}

    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self.client = httpx.Client(
            base_url=settings.base_url,
            verify=settings.ca_bundle,
            timeout=settings.timeout_s,
            headers={**self.default_headers, "X-Api-Key": settings.api_key},
        )

    @staticmethod
    def _ubl(invoice: dict) -> dict:
        total = sum(Decimal(str(l["volume_m3"])) * Decimal(str(l["tariff"])) for l in invoice["lines"])
        return {
            "invoiceNumber": invoice["number"],
            "issueDate": invoice["issued"],
            "currency": "EUR",
            "lines": [
                {"description": f"Potable water {l['offtake']}", "quantity": l["volume_m3"], "unitPrice": l["tariff"]}
                for l in invoice["lines"]
            ],
            "payableAmount": str(total.quantize(Decimal("0.01"))),
        }

    def push(self, invoice: dict) -> str:
        resp = self.client.post("/einvoices", json=self._ubl(invoice))
        resp.raise_for_status()
        return resp.json()["receiptId"]


def push_invoice(municipality_code: str, invoice: dict) -> str:
    return InvoicePushClient(GatewaySettings.for_municipality(municipality_code)).push(invoice)
