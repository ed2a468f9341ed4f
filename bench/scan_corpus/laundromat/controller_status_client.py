"""Client for the per-store gateway status API.

Gateways present certificates issued by the internal fleet CA, so the client
pins trust to that CA bundle instead of the public roots.
"""
import os
import ssl
from dataclasses import dataclass

import httpx


@dataclass
class GatewayConfig:
    base_url: str
    ca_bundle: str = os.environ.get("FLEET_CA_BUNDLE", "/etc/washpoint/fleet-ca.pem")
    timeout: float = 8.0


def _fleet_ssl_context(ca_bundle: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class GatewayStatusClient:
    def __init__(self, cfg: GatewayConfig, token: str):
        self._client = httpx.Client(
            base_url=cfg.base_url,
            verify=_fleet_ssl_context(cfg.ca_bundle),
            timeout=cfg.timeout,
            headers={"Authorization": f"Bearer {token}"},
        )

    def machines(self) -> list[dict]:
        resp = self._client.get("/api/machines")
        resp.raise_for_status()
        return resp.json()

    def machine_faults(self, machine_id: str) -> list[dict]:
        resp = self._client.get(f"/api/machines/{machine_id}/faults")
        resp.raise_for_status()
        return resp.json()["faults"]

    def close(self) -> None:
        self._client.close()
