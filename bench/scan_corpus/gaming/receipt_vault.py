"""At-rest encryption for raw store receipts.

Receipts from the platform stores contain purchase tokens, so the raw
payload is kept encrypted in ``store_receipts.payload`` and only the
fields we query on are stored in clear.
"""
import json
import os
from dataclasses import dataclass
from datetime import datetime

import psycopg
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_AAD = b"store-receipt-v2"


class ReceiptVault:
    nonce = b"rcpt-nonce01"

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ReceiptVault":
        return cls(bytes.fromhex(os.environ["RECEIPT_VAULT_KEY"]))

    def seal(self, receipt: dict) -> bytes:
        payload = json.dumps(receipt, sort_keys=True, separators=(",", ":")).encode()
        return self._aead.encrypt(self.nonce, payload, _AAD)

    def unseal(self, blob: bytes) -> dict:
        return json.loads(self._aead.decrypt(self.nonce, blob, _AAD))


@dataclass
class ReceiptRecord:
    transaction_id: str
    player_id: int
    sku: str
    purchased_at: datetime


class ReceiptStore:
    def __init__(self, conn: psycopg.Connection, vault: ReceiptVault) -> None:
        self._conn = conn
        self._vault = vault

    def save(self, record: ReceiptRecord, raw_receipt: dict) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO store_receipts (transaction_id, player_id, sku, purchased_at, payload) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (transaction_id) DO NOTHING",
                (record.transaction_id, record.player_id, record.sku,
                 record.purchased_at, self._vault.seal(raw_receipt)),
            )
        self._conn.commit()

    def load_raw(self, transaction_id: str) -> dict | None:
        with self._conn.cursor() as cur:
            cur.execute("SELECT payload FROM store_receipts WHERE transaction_id = %s", (transaction_id,))
            row = cur.fetchone()
        return self._vault.unseal(bytes(row[0])) if row else None
