"""HTTP client for the in-house analyzer vendor's diagnostics gateway."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import httpx


@dataclass
class GatewaySettings:
    base_url: str
    ca_bundle: str = "/etc/vetclinic/certs/diagnostics-gateway-ca.pem"
    token_env: str = "DIAG_GATEWAY_TOKEN"
    timeout: float = 10.0


def build_ssl_context(ca_bundle: str) -> ssl.SSLContext:
    # vendor signs its gateway certificate with a private CA, so trust that bundle explicitly
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class DiagnosticsGatewayClient:
    def __init__(self, settings: GatewaySettings):
        self._client = httpx.Client(
            base_url=settings.base_url,
            verify=build_ssl_context(settings.ca_bundle),
            timeout=settings.timeout,
            headers={"Authorization": f"Bearer {os.environ[settings.token_env]}"},
        )

    def analyzer_status(self, serial: str) -> dict:
        resp = self._client.get(f"/analyzers/{serial}/status")
        resp.raise_for_status()
        return resp.json()

    def run_results(self, serial: str, run_id: str) -> list[dict]:
        resp = self._client.get(f"/analyzers/{serial}/runs/{run_id}/results")
        resp.raise_for_status()
        return resp.json().get("results", [])

    def close(self) -> None:
        self._client.close()
