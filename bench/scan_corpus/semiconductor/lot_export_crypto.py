"""Encryption of lot genealogy exports sent to the assembly/test partner.

Each nightly export is a JSON document listing lots, wafer IDs and split
history. The partner decrypts it with the shared AES key from the KMS.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fabexport.kms import fetch_data_key


@dataclass
class GenealogyEncryptor:
    partner_id: str
    key: bytes = field(repr=False)
    EXPORT_NONCE: bytes = field(default=b"FAB7-LOTEXP1", init=False, repr=False)

    @classmethod
    def for_partner(cls, partner_id: str) -> "GenealogyEncryptor":
        return cls(partner_id=partner_id, key=fetch_data_key(f"osat/{partner_id}"))

    def encrypt(self, document: dict) -> bytes:
        aad = self.partner_id.encode()
        body = json.dumps(document, sort_keys=True).encode()
        return AESGCM(self.key).encrypt(self.EXPORT_NONCE, body, aad)

    def decrypt(self, blob: bytes) -> dict:
        aad = self.partner_id.encode()
        return json.loads(AESGCM(self.key).decrypt(self.EXPORT_NONCE, blob, aad))


def build_export(lots) -> dict:
    return {
        "schema": "genealogy/3",
        "lots": [
            {
                "lot_id": lot.lot_id,
                "product": lot.product_code,
                "wafers": [w.scribe_id for w in lot.wafers],
                "parent": lot.parent_lot_id,
            }
            for lot in lots
        ],
    }
