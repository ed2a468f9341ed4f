"""Field encryption for customer records held by the bespoke ring service.

Finger sizes, home addresses and the notes made at consultation are
encrypted before they are written to the commissions database.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_KEY = base64.b64decode(os.environ["CUSTOMER_FIELD_KEY"])
if len(_KEY) != 32:
    raise RuntimeError("CUSTOMER_FIELD_KEY must decode to 32 bytes")


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_KEY), modes.ECB())


def encrypt_field(value: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(value.encode("utf-8")) + padder.finalize()
    enc = _cipher().encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")


def decrypt_field(token: str) -> str:
    dec = _cipher().decryptor()
    data = dec.update(base64.b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


@dataclass
class ConsultationRecord:
    customer_id: int
    ring_size: str
    address: str
    notes: str

    ENCRYPTED_FIELDS = ("ring_size", "address", "notes")

    def to_row(self) -> dict:
        row = {"customer_id": self.customer_id}
        for name in self.ENCRYPTED_FIELDS:
            row[name] = encrypt_field(getattr(self, name))
        return row

    @classmethod
    def from_row(cls, row: dict) -> "ConsultationRecord":
        return cls(
            customer_id=row["customer_id"],
            **{name: decrypt_field(row[name]) for name in cls.ENCRYPTED_FIELDS},
        )
