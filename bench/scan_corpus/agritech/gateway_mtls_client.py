"""HTTPS client the cloud uses to reach field gateways through the VPN relay.

Gateways present certificates from our private device CA, so we trust that
CA explicitly instead of the public bundle, and authenticate ourselves with
a client certificate.
"""
import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class GatewayTLSConfig:
    ca_bundle: str
    client_cert: str
    client_key: str


def _ssl_context(cfg: GatewayTLSConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=cfg.client_cert, keyfile=cfg.client_key)
    return ctx


class GatewayClient:
    def __init__(self, relay_base_url: str, tls: GatewayTLSConfig, timeout: float = 10.0):
        self._client = httpx.Client(
            base_url=relay_base_url,
            verify=_ssl_context(tls),
            timeout=timeout,
        )

    def status(self, gateway_id: str) -> dict:
        resp = self._client.get(f"/gateways/{gateway_id}/status")
        resp.raise_for_status()
        return resp.json()

    def set_sampling_interval(self, gateway_id: str, seconds: int) -> None:
        if not 30 <= seconds <= 3600:
            raise ValueError("sampling interval must be between 30 s and 1 h")
        resp = self._client.put(f"/gateways/{gateway_id}/config", json={"sample_interval_s": seconds})
        resp.raise_for_status()

    def close(self) -> None:
        self._client.close()
