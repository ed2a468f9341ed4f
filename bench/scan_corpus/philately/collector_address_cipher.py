"""Field-level encryption of collectors' shipping addresses in the accounts database."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class AddressCryptoSettings:
    key_env = "COLLECTOR_ADDRESS_KEY"
    nonce_bytes = 12
    version = b"\x01"


@dataclass
class ShippingAddress:
    name: str
    line1: str
    line2: str
    town: str
    postcode: str
    country: str


class AddressCipher:
    def __init__(self, settings: type[AddressCryptoSettings] = AddressCryptoSettings) -> None:
        self.settings = settings
        self._aead = AESGCM(base64.b64decode(os.environ[settings.key_env]))

    def _aad(self, collector_id: int) -> bytes:
        return self.settings.version + str(collector_id).encode()

    def encrypt(self, collector_id: int, address: ShippingAddress) -> str:
        nonce = os.urandom(self.settings.nonce_bytes)
        plaintext = json.dumps(asdict(address)).encode()
        sealed = self._aead.encrypt(nonce, plaintext, self._aad(collector_id))
        return base64.b64encode(self.settings.version + nonce + sealed).decode()

    def decrypt(self, collector_id: int, token: str) -> ShippingAddress:
        raw = base64.b64decode(token)
        n = self.settings.nonce_bytes
        nonce, sealed = raw[1 : 1 + n], raw[1 + n :]
        plaintext = self._aead.decrypt(nonce, sealed, self._aad(collector_id))
        return ShippingAddress(**json.loads(plaintext))
