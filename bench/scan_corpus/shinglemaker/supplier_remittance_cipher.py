"""Encrypts supplier remittance instructions (bank routing and account) at rest."""

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shinglemaker.config import settings

NONCE_SIZE = 12


class RemittanceCipher:
    def __init__(self, key_b64: str = settings.REMITTANCE_KEY_B64, key_id: str = settings.REMITTANCE_KEY_ID) -> None:
        self._aead = AESGCM(base64.b64decode(key_b64))
        self.key_id = key_id

    def encrypt(self, supplier_id: int, plaintext: str) -> str:
        nonce = os.urandom(NONCE_SIZE)
        aad = f"supplier:{supplier_id}:{self.key_id}".encode()
        ct = self._aead.encrypt(nonce, plaintext.encode("utf-8"), aad)
        return f"{self.key_id}.{base64.urlsafe_b64encode(nonce + ct).decode()}"

    def decrypt(self, supplier_id: int, token: str) -> str:
        key_id, body = token.split(".", 1)
        if key_id != self.key_id:
            raise ValueError(f"remittance sealed with unknown key {key_id}")
        raw = base64.urlsafe_b64decode(body)
        nonce, ct = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
        aad = f"supplier:{supplier_id}:{key_id}".encode()
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")


def update_remittance(supplier, routing: str, account: str) -> None:
    cipher = RemittanceCipher()
    supplier.remittance_sealed = cipher.encrypt(supplier.id, f"{routing}|{account}")
    supplier.remittance_hint = f"...{account[-4:]}"
    supplier.save(update_fields=["remittance_sealed", "remittance_hint"])


def remittance_for_payment_run(supplier) -> tuple[str, str]:
    routing, account = RemittanceCipher().decrypt(supplier.id, supplier.remittance_sealed).split("|")
    return routing, account
