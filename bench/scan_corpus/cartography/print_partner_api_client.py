"""Client for the print partner's order API.

Orders from the print-on-demand map shop are forwarded to the partner's
large-format print facility.  The partner requires mutual TLS.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class PartnerTlsSettings:
    client_cert: str
    client_key: str
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def build_ssl_context(settings: PartnerTlsSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = settings.minimum_version
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


@dataclass
class PrintOrder:
    reference: str
    sku: str
    paper: str
    width_mm: int
    height_mm: int
    quantity: int
    artwork_url: str
    ship_to: dict


class PrintPartnerClient:
    def __init__(self, base_url: str, tls: PartnerTlsSettings):
        self._client = httpx.Client(
            base_url=base_url,
            verify=build_ssl_context(tls),
            timeout=httpx.Timeout(20.0),
        )

    @classmethod
    def from_env(cls) -> "PrintPartnerClient":
        tls = PartnerTlsSettings(
            client_cert=os.environ["PRINT_PARTNER_CERT"],
            client_key=os.environ["PRINT_PARTNER_KEY"],
        )
        return cls(os.environ["PRINT_PARTNER_URL"], tls)

    def submit(self, order: PrintOrder) -> str:
        resp = self._client.post(
            "/api/v3/orders",
            json={
                "external_ref": order.reference,
                "product": order.sku,
                "media": order.paper,
                "size_mm": [order.width_mm, order.height_mm],
                "qty": order.quantity,
                "artwork": order.artwork_url,
                "shipping": order.ship_to,
            },
        )
        resp.raise_for_status()
        return resp.json()["order_id"]

    def cancel(self, partner_order_id: str) -> None:
        self._client.post(f"/api/v3/orders/{partner_order_id}/cancel").raise_for_status()
