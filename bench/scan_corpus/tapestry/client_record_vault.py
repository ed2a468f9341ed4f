"""Field-level encryption for private-client contact details.

Private collectors often ask that their address and phone number are not
stored in clear in the job database; this module wraps those columns.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["CLIENT_VAULT_KEY"])
    if len(key) != 32:
        raise ValueError("CLIENT_VAULT_KEY must decode to 32 bytes")
    return key


@dataclass
class ClientContact:
    client_id: int
    name: str
    address: str
    phone: str


class ClientRecordVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        ct = encryptor.update(data) + encryptor.finalize()
        return base64.b64encode(ct).decode("ascii")

    def open(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def to_row(self, contact: ClientContact) -> dict:
        return {
            "client_id": contact.client_id,
            "name": contact.name,
            "address_enc": self.seal(contact.address),
            "phone_enc": self.seal(contact.phone),
        }

    def from_row(self, row: dict) -> ClientContact:
        return ClientContact(
            client_id=row["client_id"],
            name=row["name"],
            address=self.open(row["address_enc"]),
            phone=self.open(row["phone_enc"]),
        )
