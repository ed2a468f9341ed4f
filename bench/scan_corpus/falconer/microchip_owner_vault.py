"""Encrypts the owner details linked to each bird's microchip number.

The microchip register lookup exposes only the chip number; the owner's name
and phone are sealed so they can be released to a finder via the office only.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from falconer.config import settings

NONCE_BYTES = 12


class OwnerVault:
    def __init__(self, key_b64: str = settings.MICROCHIP_OWNER_KEY):
        key = base64.b64decode(key_b64)
        if len(key) != 32:
            raise ValueError("microchip owner key must be 256 bits")
        self._aead = AESGCM(key)

    def seal(self, chip_number: str, details: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, details.encode("utf-8"), chip_number.encode("ascii"))
        return base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, chip_number: str, token: str) -> str:
        blob = base64.b64decode(token)
        nonce, sealed = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, chip_number.encode("ascii")).decode("utf-8")


def register_owner(record, name: str, phone: str) -> None:
    vault = OwnerVault()
    record.owner_sealed = vault.seal(record.chip_number, f"{name}\n{phone}")


def reveal_owner(record) -> tuple[str, str]:
    name, phone = OwnerVault().open(record.chip_number, record.owner_sealed).split("\n", 1)
    return name, phone
