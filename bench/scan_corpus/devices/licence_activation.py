"""Licence activation for the desktop edition.

Activation binds a licence key to a machine fingerprint. Reseller builds go
through the partner API, which needs the partner key on every request.
"""
import hashlib
import platform
import uuid
from dataclasses import dataclass

import httpx

PRODUCT_CODE = "fieldlink-pro"
ACTIVATION_PATH = "/v2/activations"
PARTNER_API_KEY = "pk_live_7c41e9b20f5d4a18b3e6a90d2c77f158"
REQUEST_TIMEOUT = httpx.Timeout(15.0, connect=5.0)


@dataclass
class Activation:
    activation_id: str
    seats_left: int
    expires: str


def machine_fingerprint() -> str:
    raw = f"{platform.node()}|{platform.machine()}|{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode()).hexdigest()


class ActivationClient:
    def __init__(self, server_url: str):
        self._http = httpx.Client(
            base_url=server_url,
            headers={"Authorization": f"Bearer {PARTNER_API_KEY}", "User-Agent": f"{PRODUCT_CODE}/desktop"},
            timeout=REQUEST_TIMEOUT,
        )

    def activate(self, licence_key: str) -> Activation:
        resp = self._http.post(
            ACTIVATION_PATH,
            json={"product": PRODUCT_CODE, "licence_key": licence_key, "machine": machine_fingerprint()},
        )
        resp.raise_for_status()
        body = resp.json()
        return Activation(body["id"], int(body["seats_left"]), body["expires"])

    def deactivate(self, activation_id: str) -> None:
        self._http.delete(f"{ACTIVATION_PATH}/{activation_id}").raise_for_status()

    def close(self) -> None:
        self._http.close()
