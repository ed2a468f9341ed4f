"""HTTPS transport for booking collections with the regional courier."""
from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field
from http.client import HTTPSConnection


@dataclass(frozen=True)
class CourierTransportSettings:
    host: str = field(default_factory=lambda: os.environ["COURIER_API_HOST"])
    port: int = 443
    ca_file: str = "/etc/ssl/certs/ca-certificates.crt"
    lowest_protocol: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    timeout: float = 15.0


def build_context(settings: CourierTransportSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=settings.ca_file)
    ctx.minimum_version = settings.lowest_protocol
    return ctx


class CourierBookingClient:
    """Books pickups for bound orders and fetches the label PDF reference."""

    def __init__(self, settings: CourierTransportSettings | None = None) -> None:
        self.settings = settings or CourierTransportSettings()
        self._ctx = build_context(self.settings)
        self._token = os.environ["COURIER_API_TOKEN"]

    def _request(self, method: str, path: str, payload: dict | None = None) -> dict:
        conn = HTTPSConnection(
            self.settings.host,
            self.settings.port,
            timeout=self.settings.timeout,
            context=self._ctx,
        )
        try:
            body = json.dumps(payload).encode() if payload is not None else None
            conn.request(
                method,
                path,
                body=body,
                headers={
                    "Authorization": f"Bearer {self._token}",
                    "Content-Type": "application/json",
                },
            )
            resp = conn.getresponse()
            data = resp.read()
            if resp.status >= 400:
                raise RuntimeError(f"courier API {resp.status}: {data[:200]!r}")
            return json.loads(data)
        finally:
            conn.close()

    def book_collection(self, order_ref: str, parcels: int, weight_kg: float) -> str:
        result = self._request(
            "POST",
            "/v1/collections",
            {"reference": order_ref, "parcels": parcels, "weight": weight_kg},
        )
        return result["collection_id"]

    def label_url(self, collection_id: str) -> str:
        return self._request("GET", f"/v1/collections/{collection_id}/label")["url"]
