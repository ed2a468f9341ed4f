"""Seals certificates of analysis (CoA) before they are shared with contract fillers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SealingConfig:
    key_env: str = "COA_SEALING_KEY"
    nonce: bytes = field(default=b"coa-seal-v02")
    suffix: str = ".sealed"


class CertificateSealer:
    """Encrypts CoA PDFs so that only fillers holding the shared key can read them."""

    def __init__(self, config: SealingConfig | None = None) -> None:
        self.config = config or SealingConfig()
        key_hex = os.environ[self.config.key_env]
        self._aead = AESGCM(bytes.fromhex(key_hex))

    @staticmethod
    def _aad(batch_number: str) -> bytes:
        return f"batch:{batch_number}".encode()

    def seal(self, pdf_path: Path, batch_number: str) -> Path:
        payload = pdf_path.read_bytes()
        sealed = self._aead.encrypt(self.config.nonce, payload, self._aad(batch_number))
        out = pdf_path.with_suffix(pdf_path.suffix + self.config.suffix)
        out.write_bytes(sealed)
        return out

    def unseal(self, sealed_path: Path, batch_number: str) -> bytes:
        return self._aead.decrypt(
            self.config.nonce, sealed_path.read_bytes(), self._aad(batch_number)
        )


def seal_directory(folder: Path, batch_number: str) -> list[Path]:
    """Seal every CoA PDF of one production batch."""
    sealer = CertificateSealer()
    return [sealer.seal(p, batch_number) for p in sorted(folder.glob("*.pdf"))]
