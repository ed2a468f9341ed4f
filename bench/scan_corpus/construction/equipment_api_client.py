"""HTTP client for the yard telematics gateways.

The gateways present certificates issued by our internal plant-division CA;
the CA bundle path comes from the deployment config.
"""
import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    api_token: str
    ca_bundle: str
    timeout: float = 10.0


def _tls_context(cfg: GatewayConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class EquipmentApiClient:
    def __init__(self, cfg: GatewayConfig):
        self._client = httpx.Client(
            base_url=cfg.base_url,
            headers={"Authorization": f"Bearer {cfg.api_token}"},
            verify=_tls_context(cfg),
            timeout=cfg.timeout,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def engine_hours(self, asset_id: str) -> float:
        resp = self._client.get(f"/api/v2/assets/{asset_id}/latest")
        resp.raise_for_status()
        return float(resp.json()["engineHours"])

    def fault_codes(self, asset_id: str, since: str) -> list[str]:
        resp = self._client.get(f"/api/v2/assets/{asset_id}/faults", params={"since": since})
        resp.raise_for_status()
        return [f["code"] for f in resp.json()["items"]]
