"""HTTPS client for the barrier/gate controllers, which use certificates from the parks' private CA."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field

import httpx


@dataclass(frozen=True)
class GateApiConfig:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 5.0
    extra_headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, park_code: str) -> "GateApiConfig":
        prefix = f"GATE_{park_code.upper()}_"
        return cls(
            base_url=os.environ[prefix + "URL"],
            ca_bundle=os.environ.get("PARK_CA_BUNDLE", "/etc/parkgate/ca.pem"),
            client_cert=os.environ[prefix + "CERT"],
            client_key=os.environ[prefix + "KEY"],
        )


def _tls_context(cfg: GateApiConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    return ctx


class GateControllerClient:
    def __init__(self, cfg: GateApiConfig) -> None:
        self._http = httpx.Client(
            base_url=cfg.base_url,
            verify=_tls_context(cfg),
            timeout=cfg.timeout,
            headers=cfg.extra_headers,
        )

    def lane_status(self, lane: int) -> dict:
        resp = self._http.get(f"/api/lanes/{int(lane)}")
        resp.raise_for_status()
        return resp.json()

    def raise_barrier(self, lane: int, reason: str, operator: str) -> None:
        resp = self._http.post(
            f"/api/lanes/{int(lane)}/raise",
            json={"reason": reason[:120], "operator": operator},
        )
        resp.raise_for_status()

    def close(self) -> None:
        self._http.close()
