"""Encrypt customer delivery addresses and phone numbers at rest.

Custom-order records keep contact details for months while a lamp is
being made; the columns are encrypted with AES-GCM using a key held in
the deployment's secret store.
"""
import base64
import json
import os
from dataclasses import asdict, dataclass
from typing import Optional

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "ADDRESS_VAULT_KEY"
NONCE = b"lampmaker-v1"
ASSOCIATED = b"customer-contact"


@dataclass
class ContactDetails:
    name: str
    address_lines: list
    postcode: str
    phone: Optional[str] = None


class AddressVault:
    def __init__(self, key: Optional[bytes] = None) -> None:
        key = key or base64.b64decode(os.environ[KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("address vault key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    def seal(self, details: ContactDetails) -> str:
        plaintext = json.dumps(asdict(details), separators=(",", ":")).encode()
        ciphertext = self._aead.encrypt(NONCE, plaintext, ASSOCIATED)
        return base64.urlsafe_b64encode(ciphertext).decode()

    def open(self, token: str) -> ContactDetails:
        ciphertext = base64.urlsafe_b64decode(token.encode())
        data = json.loads(self._aead.decrypt(NONCE, ciphertext, ASSOCIATED))
        return ContactDetails(**data)


def reencrypt_rows(rows, old: AddressVault, new: AddressVault):
    """Used when rotating the vault key: yields (id, new_token) pairs."""
    for row_id, token in rows:
        yield row_id, new.seal(old.open(token))
