"""Field-level encryption of customer contact details in the ticket database.

Phone numbers and street addresses of instrument owners are encrypted before
they are written to the repair_tickets table; the key comes from the
workshop's key file, readable only by the service account.
"""
import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_FILE = Path(os.environ.get("CONTACT_KEY_FILE", "/etc/bellows/keys/contact.key"))


def _load_key(path: Path = KEY_FILE) -> bytes:
    key = base64.b64decode(path.read_text().strip())
    if len(key) != 32:
        raise ValueError("contact key must be 256 bits")
    return key


@dataclass
class ContactVault:
    key: bytes

    @classmethod
    def from_key_file(cls) -> "ContactVault":
        return cls(_load_key())

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.key), modes.ECB())

    def seal(self, plaintext: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_contact_fields(vault: ContactVault, ticket: dict) -> dict:
    """Return a copy of the ticket row with contact fields sealed."""
    sealed = dict(ticket)
    for field_name in ("phone", "street", "postcode"):
        if sealed.get(field_name):
            sealed[field_name] = vault.seal(sealed[field_name])
    return sealed


def decrypt_contact_fields(vault: ContactVault, row: dict) -> dict:
    opened = dict(row)
    for field_name in ("phone", "street", "postcode"):
        if opened.get(field_name):
            opened[field_name] = vault.open(opened[field_name])
    return opened
