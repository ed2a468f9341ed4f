"""Encrypt private customer notes (allergies, commission details, addresses).

Notes entered at the front desk are encrypted before they are written to
the CRM table so that database exports don't expose them.
"""
import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from potter.config import settings


@dataclass(frozen=True)
class VaultConfig:
    key: bytes
    iv: bytes

    @classmethod
    def from_settings(cls) -> "VaultConfig":
        return cls(
            key=base64.b64decode(settings.CUSTOMER_NOTES_KEY),
            iv=base64.b64decode(settings.CUSTOMER_NOTES_IV),
        )


class CustomerNotesVault:
    def __init__(self, config: VaultConfig | None = None):
        self._config = config or VaultConfig.from_settings()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._config.key), modes.CBC(self._config.iv))

    def seal(self, note: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(note.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()

    def open(self, sealed: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(sealed)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_customer_notes(customer, vault: CustomerNotesVault | None = None) -> None:
    vault = vault or CustomerNotesVault()
    customer.notes_sealed = vault.seal(customer.notes_plain or "")
    customer.notes_plain = None
