"""Pushes dispatch advices to buyers' EDI gateways over HTTPS.

Several long-standing buyers (alginate processors, feed mills) still run
older EDI gateways, so the connection profile is shared across buyers.
"""
from __future__ import annotations

import json
import ssl
import urllib.request
from dataclasses import dataclass, field
from typing import Any


def _tls_options() -> dict[str, Any]:
    return {
        "minimum_version": ssl.TLSVersion.TLSv1,
        "maximum_version": ssl.TLSVersion.TLSv1_3,
    }


@dataclass
class EdiConnectionProfile:
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout: float = 30.0
    tls: dict[str, Any] = field(default_factory=_tls_options)

    def context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.ca_bundle)
        for attr, value in self.tls.items():
            setattr(ctx, attr, value)
        return ctx


@dataclass
class DispatchAdvice:
    buyer_code: str
    contract_ref: str
    lot_ids: list[str]
    net_weight_kg: float
    vessel: str


class BuyerEdiClient:
    def __init__(self, endpoint: str, api_token: str, profile: EdiConnectionProfile | None = None) -> None:
        self._endpoint = endpoint.rstrip("/")
        self._token = api_token
        self._profile = profile or EdiConnectionProfile()
        self._ctx = self._profile.context()

    def send(self, advice: DispatchAdvice) -> dict[str, Any]:
        body = json.dumps(advice.__dict__).encode()
        request = urllib.request.Request(
            f"{self._endpoint}/dispatch-advice",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self._token}"},
        )
        with urllib.request.urlopen(request, context=self._ctx, timeout=self._profile.timeout) as resp:
            return json.loads(resp.read())
