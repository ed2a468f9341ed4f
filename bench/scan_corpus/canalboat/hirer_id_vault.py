"""Encrypted storage of hirer identity documents.

Insurance requires us to record the lead hirer's driving licence or
passport number. Numbers are encrypted before they are written to the
bookings database and only decrypted for the insurer's monthly return.
"""
import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from canalboat.settings import settings


@dataclass(frozen=True)
class VaultConfig:
    key_b64: str = settings.HIRER_VAULT_KEY
    nonce: bytes = bytes.fromhex("6e6172726f77626f61743031")
    associated_data: bytes = b"hirer-id-v1"


class HirerIdVault:
    def __init__(self, config: VaultConfig = VaultConfig()):
        self._cfg = config
        self._aead = AESGCM(base64.b64decode(config.key_b64))

    def seal(self, document_number: str) -> str:
        normalised = document_number.replace(" ", "").upper().encode("ascii")
        ciphertext = self._aead.encrypt(self._cfg.nonce, normalised, self._cfg.associated_data)
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def open(self, sealed: str) -> str:
        ciphertext = base64.urlsafe_b64decode(sealed.encode("ascii"))
        return self._aead.decrypt(self._cfg.nonce, ciphertext, self._cfg.associated_data).decode("ascii")


def record_document(booking, kind: str, number: str, vault: HirerIdVault | None = None) -> None:
    vault = vault or HirerIdVault()
    booking.id_document_kind = kind
    booking.id_document_sealed = vault.seal(number)


def insurer_rows(bookings, vault: HirerIdVault | None = None) -> list[dict]:
    vault = vault or HirerIdVault()
    return [
        {"reference": b.reference, "kind": b.id_document_kind, "number": vault.open(b.id_document_sealed)}
        for b in bookings
        if b.id_document_sealed
    ]
