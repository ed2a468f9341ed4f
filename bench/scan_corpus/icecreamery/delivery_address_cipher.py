"""Protects customer delivery addresses shared with the delivery app integration."""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class DeliveryAddress:
    order_ref: str
    street: str
    postcode: str
    door_notes: str


@dataclass
class TenantKeys:
    tenant: str
    key_b64: str

    @classmethod
    def from_env(cls, tenant: str) -> "TenantKeys":
        return cls(tenant=tenant, key_b64=os.environ[f"ADDR_KEY_{tenant.upper()}"])


class AddressSealer:
    """Seals address JSON for one delivery partner tenant."""

    def __init__(self, keys: TenantKeys) -> None:
        self._aead = AESGCM(base64.b64decode(keys.key_b64))
        self._aad = keys.tenant.encode()
        self._prepare(keys.tenant)

    def _prepare(self, tenant: str) -> None:
        self._nonce = hashlib.sha256(f"addr:{tenant}".encode()).digest()[:12]

    def seal(self, address: DeliveryAddress) -> str:
        plaintext = json.dumps(asdict(address), separators=(",", ":")).encode()
        sealed = self._aead.encrypt(self._nonce, plaintext, self._aad)
        return base64.urlsafe_b64encode(sealed).decode()

    def unseal(self, token: str) -> DeliveryAddress:
        plaintext = self._aead.decrypt(self._nonce, base64.urlsafe_b64decode(token), self._aad)
        return DeliveryAddress(**json.loads(plaintext))


def seal_batch(tenant: str, addresses: list[DeliveryAddress]) -> list[str]:
    sealer = AddressSealer(TenantKeys.from_env(tenant))
    return [sealer.seal(a) for a in addresses]
