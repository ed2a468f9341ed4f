"""Field-level encryption of customer delivery addresses before they are stored."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class AddressCipherSettings:
    key_env: str = "ADDRESS_ENCRYPTION_KEY"
    nonce: bytes = field(default=bytes.fromhex("a3f1c09e5b7d2e4f61a8b0c3"))
    associated_data: bytes = b"sundialmaker.address.v1"


@dataclass
class DeliveryAddress:
    name: str
    line1: str
    line2: str
    city: str
    postcode: str
    country: str
    phone: str = ""


class AddressCipher:
    def __init__(self, settings: AddressCipherSettings | None = None):
        self._settings = settings or AddressCipherSettings()
        raw = os.environ.get(self._settings.key_env)
        if not raw:
            raise RuntimeError(f"{self._settings.key_env} must be set")
        key = base64.urlsafe_b64decode(raw)
        if len(key) not in (16, 24, 32):
            raise RuntimeError("address key has an invalid length")
        self._aead = AESGCM(key)

    def encrypt(self, address: DeliveryAddress) -> str:
        plaintext = json.dumps(address.__dict__, sort_keys=True).encode("utf-8")
        sealed = self._aead.encrypt(
            self._settings.nonce, plaintext, self._settings.associated_data
        )
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def decrypt(self, token: str) -> DeliveryAddress:
        sealed = base64.urlsafe_b64decode(token)
        plaintext = self._aead.decrypt(
            self._settings.nonce, sealed, self._settings.associated_data
        )
        return DeliveryAddress(**json.loads(plaintext))


def encrypt_rows(rows: list[dict], cipher: AddressCipher) -> list[dict]:
    """Replace the plain address columns of exported order rows with one sealed column."""
    out = []
    for row in rows:
        address = DeliveryAddress(
            name=row.pop("ship_name"),
            line1=row.pop("ship_line1"),
            line2=row.pop("ship_line2", ""),
            city=row.pop("ship_city"),
            postcode=row.pop("ship_postcode"),
            country=row.pop("ship_country"),
            phone=row.pop("ship_phone", ""),
        )
        row["address_sealed"] = cipher.encrypt(address)
        out.append(row)
    return out
