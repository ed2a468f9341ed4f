"""Field-level encryption for tenant and landlord bank details.

Values are encrypted with AES-256-GCM. The record id is bound in as
associated data so a ciphertext cannot be copied onto another record.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_ENV = "BANK_DETAILS_KEY"


class FieldCipher:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ[KEY_ENV])
        if len(key) != 32:
            raise ValueError("bank details key must be 32 bytes")
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: str, record_id: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, plaintext.encode("utf-8"), record_id.encode("utf-8"))
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def decrypt(self, token: str, record_id: str) -> str:
        raw = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, record_id.encode("utf-8")).decode("utf-8")


def encrypt_bank_row(cipher: FieldCipher, record_id: str, sort_code: str, account_number: str) -> dict:
    return {
        "sort_code_enc": cipher.encrypt(sort_code.replace("-", ""), record_id),
        "account_number_enc": cipher.encrypt(account_number, record_id),
    }


def decrypt_bank_row(cipher: FieldCipher, record_id: str, row: dict) -> tuple[str, str]:
    return (
        cipher.decrypt(row["sort_code_enc"], record_id),
        cipher.decrypt(row["account_number_enc"], record_id),
    )
