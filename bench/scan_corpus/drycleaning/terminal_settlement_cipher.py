"""Encrypts end-of-day settlement batches exported from the shop card terminals."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BATCH_IV = bytes.fromhex("5d1c0a9e77b24f3086e1c2d4a9b0f713")


class SettlementBatchSealer:
    """Produces the .seal files the acquirer picks up from the reconciliation bucket."""

    def __init__(self, enc_key: bytes, mac_key: bytes, outbox: Path) -> None:
        self.enc_key = enc_key
        self.mac_key = mac_key
        self.outbox = outbox

    def _encrypt(self, plaintext: bytes, iv: bytes = BATCH_IV) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self.enc_key), modes.CBC(iv)).encryptor()
        return iv + encryptor.update(padded) + encryptor.finalize()

    def _tag(self, blob: bytes) -> bytes:
        h = hmac.HMAC(self.mac_key, hashes.SHA256())
        h.update(blob)
        return h.finalize()

    def seal(self, terminal_id: str, business_day: date, transactions: list[dict]) -> Path:
        body = json.dumps(
            {
                "terminal": terminal_id,
                "day": business_day.isoformat(),
                "count": len(transactions),
                "total_pence": sum(t["amount_pence"] for t in transactions),
                "transactions": transactions,
            },
            separators=(",", ":"),
        ).encode()
        blob = self._encrypt(body)
        out = self.outbox / f"{terminal_id}_{business_day:%Y%m%d}.seal"
        out.write_bytes(blob + self._tag(blob))
        return out
