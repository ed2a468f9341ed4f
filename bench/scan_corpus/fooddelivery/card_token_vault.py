"""Encrypts stored customer card fingerprints and billing references at rest."""
import base64
import os

from Crypto.Cipher import AES


class VaultError(Exception):
    pass


class CardTokenVault:
    """AES-256 authenticated encryption; output is nonce | tag | ciphertext, base64 encoded."""

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["CARD_VAULT_KEY"])
        if len(self._key) != 32:
            raise VaultError("vault key must be 32 bytes")

    def seal(self, plaintext: str, customer_id: int) -> str:
        cipher = AES.new(self._key, AES.MODE_GCM)
        cipher.update(str(customer_id).encode())
        ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode())
        return base64.b64encode(cipher.nonce + tag + ciphertext).decode()

    def open(self, token: str, customer_id: int) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ciphertext = raw[:16], raw[16:32], raw[32:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(str(customer_id).encode())
        try:
            return cipher.decrypt_and_verify(ciphertext, tag).decode()
        except ValueError as exc:
            raise VaultError("token failed authentication") from exc
