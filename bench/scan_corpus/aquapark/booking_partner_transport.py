"""HTTP transport for pushing ticket bookings to tour operator partners.

Several partners run older booking gateways; the transport is shared by the
nightly allotment sync and the real-time booking confirmation worker.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass, field

import certifi
import httpx


@dataclass(frozen=True)
class PartnerTransportSettings:
    ca_file: str = field(default_factory=certifi.where)
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    connect_timeout: float = 5.0
    read_timeout: float = 20.0


class TlsContextFactory:
    def __init__(self, settings: PartnerTransportSettings) -> None:
        self.settings = settings

    def build(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.settings.ca_file)
        ctx.minimum_version = self.settings.min_tls
        return ctx


class PartnerBookingClient:
    def __init__(self, base_url: str, api_key: str, settings: PartnerTransportSettings | None = None) -> None:
        settings = settings or PartnerTransportSettings()
        self._client = httpx.Client(
            base_url=base_url,
            verify=TlsContextFactory(settings).build(),
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            headers={"X-Api-Key": api_key},
        )

    def push_booking(self, booking: dict) -> str:
        resp = self._client.post("/v2/bookings", json=booking)
        resp.raise_for_status()
        return resp.json()["partner_reference"]

    def cancel_booking(self, partner_reference: str) -> None:
        self._client.delete(f"/v2/bookings/{partner_reference}").raise_for_status()

    def close(self) -> None:
        self._client.close()
