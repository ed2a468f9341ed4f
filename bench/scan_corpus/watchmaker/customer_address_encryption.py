"""Encrypt shipping addresses stored with boutique orders."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from typing import Optional

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"v2"


@dataclass
class ShippingAddress:
    recipient: str
    line1: str
    line2: Optional[str]
    postcode: str
    city: str
    country: str


class AddressSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "AddressSealer":
        return cls(base64.urlsafe_b64decode(os.environ["BOUTIQUE_ADDRESS_KEY"]))

    def seal(self, order_id: str, address: ShippingAddress) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(address), separators=(",", ":")).encode()
        aad = KEY_VERSION + b":" + order_id.encode()
        ciphertext = self._aead.encrypt(nonce, plaintext, aad)
        return KEY_VERSION.decode() + "." + base64.urlsafe_b64encode(nonce + ciphertext).decode()

    def open(self, order_id: str, token: str) -> ShippingAddress:
        version, _, payload = token.partition(".")
        raw = base64.urlsafe_b64decode(payload)
        nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        aad = version.encode() + b":" + order_id.encode()
        data = json.loads(self._aead.decrypt(nonce, ciphertext, aad))
        return ShippingAddress(**data)
