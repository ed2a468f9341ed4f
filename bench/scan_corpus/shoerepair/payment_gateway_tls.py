"""Builds TLS contexts for the card acquirer link used by the shop POS tills."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from typing import Any

import httpx

ACQUIRER_TLS: dict[str, Any] = {
    "cafile": "/etc/shoerepair/pos/acquirer-root.pem",
    "certfile": "/etc/shoerepair/pos/till-client.crt",
    "keyfile": "/etc/shoerepair/pos/till-client.key",
    "minimum_version": ssl.TLSVersion.TLSv1_2,
}


@dataclass
class AcquirerLink:
    base_url: str
    merchant_id: str
    tls: dict[str, Any]

    @classmethod
    def production(cls, merchant_id: str) -> "AcquirerLink":
        return cls(base_url=os.environ["ACQUIRER_GATEWAY_URL"], merchant_id=merchant_id, tls={**ACQUIRER_TLS})


def context_from(tls: dict[str, Any]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=tls["cafile"])
    ctx.load_cert_chain(tls["certfile"], tls["keyfile"])
    ctx.minimum_version = tls["minimum_version"]
    return ctx


class AcquirerClient:
    def __init__(self, link: AcquirerLink) -> None:
        self.link = link
        self.http = httpx.Client(base_url=link.base_url, verify=context_from(link.tls), timeout=25.0)

    def authorise(self, ticket_no: str, amount_pence: int, card_token: str) -> dict[str, Any]:
        resp = self.http.post(
            "/v2/authorisations",
            json={
                "merchant": self.link.merchant_id,
                "reference": ticket_no,
                "amount": amount_pence,
                "currency": "GBP",
                "card_token": card_token,
            },
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self.http.close()
