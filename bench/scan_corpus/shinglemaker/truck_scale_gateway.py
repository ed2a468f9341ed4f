"""Reads weights from the yard truck-scale gateway, which uses a certificate from the mill's own CA."""

import ssl
from dataclasses import dataclass

import requests

from shinglemaker.config import settings


@dataclass
class ScaleReading:
    scale_id: str
    weight_kg: float
    stable: bool


class ScaleGatewayClient:
    def __init__(self, base_url: str = settings.SCALE_GATEWAY_URL, ca_bundle: str = settings.MILL_CA_BUNDLE) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.cert = (settings.SCALE_CLIENT_CERT, settings.SCALE_CLIENT_KEY)

    def current_weight(self, scale_id: str) -> ScaleReading:
        resp = self.session.get(f"{self.base_url}/scales/{scale_id}/weight", timeout=5)
        resp.raise_for_status()
        data = resp.json()
        return ScaleReading(scale_id, float(data["kg"]), bool(data["stable"]))

    def zero(self, scale_id: str) -> None:
        resp = self.session.post(f"{self.base_url}/scales/{scale_id}/zero", timeout=5)
        resp.raise_for_status()


def gateway_tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.MILL_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def wait_for_stable(client: ScaleGatewayClient, scale_id: str, attempts: int = 20) -> ScaleReading:
    reading = client.current_weight(scale_id)
    for _ in range(attempts):
        if reading.stable:
            return reading
        reading = client.current_weight(scale_id)
    raise TimeoutError(f"scale {scale_id} did not settle")
