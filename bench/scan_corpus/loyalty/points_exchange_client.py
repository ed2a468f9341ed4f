"""Client for the airline points-exchange partner (mutual TLS).

Members can convert loyalty points into airline miles. The partner issues
us a client certificate and signs its server certificate with a private CA,
so we pin trust to that CA bundle instead of the system store.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from decimal import Decimal

import httpx


@dataclass(frozen=True)
class ExchangeSettings:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout_s: float = 20.0


def _tls_context(s: ExchangeSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=s.ca_bundle)
    ctx.load_cert_chain(certfile=s.client_cert, keyfile=s.client_key)
    return ctx


class MilesExchangeClient:
    def __init__(self, settings: ExchangeSettings):
        self._client = httpx.Client(
            base_url=settings.base_url,
            verify=_tls_context(settings),
            timeout=settings.timeout_s,
        )

    def quote(self, points: int) -> Decimal:
        resp = self._client.get("/v1/quotes", params={"points": points})
        resp.raise_for_status()
        return Decimal(resp.json()["miles"])

    def convert(self, member_ref: str, frequent_flyer_no: str, points: int, idem_key: str) -> dict:
        resp = self._client.post(
            "/v1/conversions",
            json={"member_ref": member_ref, "ffn": frequent_flyer_no, "points": points},
            headers={"Idempotency-Key": idem_key},
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
