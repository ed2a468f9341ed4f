"""Places felt hood purchase orders with the mill's trade API over mutual TLS."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx


@dataclass
class MillTLSSettings:
    ca_bundle: str = os.environ.get("FELT_MILL_CA_BUNDLE", "/etc/milliner/tls/felt-mill-ca.pem")
    client_cert: str = "/etc/milliner/tls/client.crt"
    client_key: str = "/etc/milliner/tls/client.key"


@dataclass
class MillClientSettings:
    base_url: str = os.environ.get("FELT_MILL_API_URL", "")
    timeout_s: float = 20.0
    tls: MillTLSSettings = field(default_factory=MillTLSSettings)

    def client_options(self) -> dict:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout_s,
            "verify": self.tls.ca_bundle,
            "cert": (self.tls.client_cert, self.tls.client_key),
        }


@dataclass
class HoodOrderLine:
    hood_code: str
    colour: str
    quantity: int


class FeltMillOrders:
    def __init__(self, settings: MillClientSettings | None = None) -> None:
        self.settings = settings or MillClientSettings()
        self._client = httpx.Client(**self.settings.client_options())

    def place(self, po_number: str, lines: list[HoodOrderLine]) -> str:
        payload = {
            "purchase_order": po_number,
            "lines": [{"hood": l.hood_code, "colour": l.colour, "qty": l.quantity} for l in lines],
        }
        resp = self._client.post("/orders", json=payload)
        resp.raise_for_status()
        return resp.json()["order_id"]

    def status(self, order_id: str) -> str:
        resp = self._client.get(f"/orders/{order_id}")
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self) -> None:
        self._client.close()
