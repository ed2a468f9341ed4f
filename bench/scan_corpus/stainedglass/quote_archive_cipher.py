"""Exports signed commission quotes to the bookkeeping system's archive share.

The bookkeeping package imports encrypted quote bundles; the cipher family
is chosen from a small registry keyed by the importer profile.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_REGISTRY = {
    "ledgerline": (TripleDES, 64),
    "aes-archive": (algorithms.AES, 128),
}


@dataclass
class CommissionQuote:
    quote_id: str
    client: str
    window_name: str
    square_feet: float
    total_cents: int


class QuoteArchiveExporter:
    def __init__(self, key: bytes, share: Path, profile: str = "ledgerline") -> None:
        self.key = key
        self.share = share
        self.algorithm, self.block_bits = CIPHER_REGISTRY[profile]

    def _encrypt(self, data: bytes) -> bytes:
        iv = os.urandom(self.block_bits // 8)
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(self.algorithm(self.key), modes.CBC(iv)).encryptor()
        return iv + encryptor.update(padded) + encryptor.finalize()

    def export(self, quotes: list[CommissionQuote]) -> Path:
        payload = json.dumps([asdict(q) for q in quotes], sort_keys=True).encode()
        target = self.share / f"quotes-{quotes[0].quote_id}-{len(quotes)}.qbx"
        target.write_bytes(self._encrypt(payload))
        return target


if __name__ == "__main__":
    exporter = QuoteArchiveExporter(
        key=bytes.fromhex(os.environ["LEDGER_ARCHIVE_KEY"]),
        share=Path(os.environ.get("LEDGER_SHARE", "/mnt/ledger/import")),
    )
    exporter.export([CommissionQuote("Q-1042", "St. Aidan's", "East Rose", 38.5, 1_845_000)])
