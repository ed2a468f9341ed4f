"""Encrypts the restoration appeal's donor ledger before it is shared.

Parishes raising money for a restoration send the workshop a ledger of
donors for the dedication plaque; names and amounts are kept encrypted
whenever the file leaves the office.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class Donation:
    donor: str
    amount_pence: int
    plaque_wording: str
    gift_aid: bool


class DonorLedgerCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def generate_key(cls) -> bytes:
        return AESGCM.generate_key(bit_length=256)

    def encrypt(self, donations: list[Donation], commission_ref: str) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["donor", "amount_pence", "plaque_wording", "gift_aid"])
        for d in donations:
            writer.writerow([d.donor, d.amount_pence, d.plaque_wording, int(d.gift_aid)])
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, buffer.getvalue().encode("utf-8"), commission_ref.encode())
        return nonce + sealed

    def decrypt(self, blob: bytes, commission_ref: str) -> list[Donation]:
        nonce, sealed = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, sealed, commission_ref.encode()).decode("utf-8")
        reader = csv.DictReader(io.StringIO(plaintext))
        return [
            Donation(
                donor=row["donor"],
                amount_pence=int(row["amount_pence"]),
                plaque_wording=row["plaque_wording"],
                gift_aid=row["gift_aid"] == "1",
            )
            for row in reader
        ]


def plaque_total(donations: list[Donation]) -> str:
    pence = sum(d.amount_pence for d in donations)
    return f"£{pence // 100:,}.{pence % 100:02d}"
