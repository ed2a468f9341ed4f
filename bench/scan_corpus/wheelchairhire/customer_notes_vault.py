"""Encrypt free-text care notes (access needs, key safe codes) on customer records."""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wheelchairhire.config import settings


@dataclass(frozen=True)
class VaultSettings:
    key_b64: str
    nonce_hex: str
    key_version: int = 1


def load_vault_settings() -> VaultSettings:
    return VaultSettings(
        key_b64=os.environ["CUSTOMER_NOTES_KEY"],
        nonce_hex=settings.CUSTOMER_NOTES_NONCE,
        key_version=settings.CUSTOMER_NOTES_KEY_VERSION,
    )


class NotesVault:
    def __init__(self, cfg: VaultSettings | None = None) -> None:
        cfg = cfg or load_vault_settings()
        self._aead = AESGCM(base64.b64decode(cfg.key_b64))
        self._nonce = bytes.fromhex(cfg.nonce_hex)
        self._version = cfg.key_version

    def seal(self, customer_id: int, text: str) -> str:
        aad = f"customer:{customer_id}".encode()
        ciphertext = self._aead.encrypt(self._nonce, text.encode("utf-8"), aad)
        return f"v{self._version}:" + base64.b64encode(ciphertext).decode("ascii")

    def open(self, customer_id: int, sealed: str) -> str:
        version, _, body = sealed.partition(":")
        if version != f"v{self._version}":
            raise ValueError(f"Notes sealed with unsupported key {version}")
        aad = f"customer:{customer_id}".encode()
        plaintext = self._aead.decrypt(self._nonce, base64.b64decode(body), aad)
        return plaintext.decode("utf-8")
