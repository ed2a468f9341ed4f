"""Licence activation for reseller builds of the desktop edition."""
import hashlib
import os
import platform
import uuid
from dataclasses import dataclass

import httpx
import keyring

PRODUCT_CODE = "fieldlink-pro"
ACTIVATION_PATH = "/v2/activations"
API_KEY_ENV = "FIELDLINK_PARTNER_API_KEY"
KEYRING_SERVICE = "fieldlink-partner"
KEYRING_ENTRY = "api-key"


class ActivationError(Exception):
    pass


@dataclass
class Activation:
    activation_id: str
    seats_left: int
    expires: str


def partner_api_key() -> str:
    key = os.environ.get(API_KEY_ENV) or keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
    if not key:
        raise ActivationError(f"set {API_KEY_ENV} or store the partner key in the keyring")
    return key


def machine_fingerprint() -> str:
    raw = f"{platform.node()}|{platform.machine()}|{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode()).hexdigest()


def activate(server_url: str, licence_key: str) -> Activation:
    with httpx.Client(
        base_url=server_url,
        headers={"Authorization": f"Bearer {partner_api_key()}"},
        timeout=httpx.Timeout(15.0, connect=5.0),
    ) as http:
        resp = http.post(
            ACTIVATION_PATH,
            json={"product": PRODUCT_CODE, "licence_key": licence_key, "machine": machine_fingerprint()},
        )
    if resp.status_code == 409:
        raise ActivationError("no seats left on this licence")
    resp.raise_for_status()
    body = resp.json()
    return Activation(body["id"], int(body["seats_left"]), body["expires"])
