"""Encrypts tenant bank account numbers stored for recurring ACH rent debits."""
import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES


@dataclass(frozen=True)
class EncryptedField:
    nonce: bytes
    tag: bytes
    ciphertext: bytes

    def dumps(self) -> str:
        return base64.b64encode(self.nonce + self.tag + self.ciphertext).decode("ascii")

    @classmethod
    def loads(cls, value: str) -> "EncryptedField":
        raw = base64.b64decode(value)
        return cls(nonce=raw[:16], tag=raw[16:32], ciphertext=raw[32:])


def _field_key() -> bytes:
    return base64.b64decode(os.environ["BANK_FIELD_KEY"])


def encrypt_account_number(account_number: str, tenant_id: int) -> str:
    cipher = AES.new(_field_key(), AES.MODE_GCM, nonce=os.urandom(16))
    cipher.update(str(tenant_id).encode())
    ct, tag = cipher.encrypt_and_digest(account_number.encode("ascii"))
    return EncryptedField(cipher.nonce, tag, ct).dumps()


def decrypt_account_number(value: str, tenant_id: int) -> str:
    field = EncryptedField.loads(value)
    cipher = AES.new(_field_key(), AES.MODE_GCM, nonce=field.nonce)
    cipher.update(str(tenant_id).encode())
    return cipher.decrypt_and_verify(field.ciphertext, field.tag).decode("ascii")


def masked(account_number: str) -> str:
    return "*" * max(0, len(account_number) - 4) + account_number[-4:]
