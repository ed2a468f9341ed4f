"""Seals negotiated customer price sheets before they are stored in the order database."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class CipherProfile:
    """Describes how price sheet blobs are encrypted at rest."""

    key_env: str = "PRICE_SHEET_KEY"
    block_bits: int = 128

    @property
    def key(self) -> bytes:
        return base64.b64decode(os.environ[self.key_env])

    @property
    def mode(self) -> modes.Mode:
        return modes.ECB()


class PriceSheetSealer:
    def __init__(self, profile: CipherProfile | None = None) -> None:
        self.profile = profile or CipherProfile()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.profile.key), self.profile.mode)

    def seal(self, sheet_csv: str) -> str:
        padder = padding.PKCS7(self.profile.block_bits).padder()
        data = padder.update(sheet_csv.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def unseal(self, blob: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(self.profile.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def seal_for_customer(repo, customer_id: str, sheet_csv: str) -> None:
    repo.save_price_sheet(customer_id, PriceSheetSealer().seal(sheet_csv))
