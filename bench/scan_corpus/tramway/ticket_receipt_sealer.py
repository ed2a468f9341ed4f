"""Seals e-receipts for ticket purchases so the passenger app can cache them offline."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from typing import Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class Receipt:
    order_id: str
    rider_id: str
    product: str
    amount_cents: int
    currency: str = "EUR"


class ReceiptSealer:
    NONCE_LEN = 12
    VERSION = b"\x01"

    def __init__(self, key: bytes, key_id: str) -> None:
        self._aead = AESGCM(key)
        self.key_id = key_id

    def _aad(self, rider_id: str) -> bytes:
        return f"{self.key_id}:{rider_id}".encode()

    def seal(self, receipt: Receipt) -> str:
        nonce = os.urandom(self.NONCE_LEN)
        plain = json.dumps(asdict(receipt), separators=(",", ":")).encode()
        ct = self._aead.encrypt(nonce, plain, self._aad(receipt.rider_id))
        return base64.urlsafe_b64encode(self.VERSION + nonce + ct).decode()

    def unseal(self, token: str, rider_id: str) -> Receipt:
        raw = base64.urlsafe_b64decode(token.encode())
        if raw[:1] != self.VERSION:
            raise ValueError("unknown receipt version")
        nonce = raw[1:1 + self.NONCE_LEN]
        ct = raw[1 + self.NONCE_LEN:]
        plain = self._aead.decrypt(nonce, ct, self._aad(rider_id))
        return Receipt(**json.loads(plain))


def load_sealer_from_env() -> ReceiptSealer:
    key = base64.b64decode(os.environ["RECEIPT_SEAL_KEY"])
    return ReceiptSealer(key, os.environ.get("RECEIPT_SEAL_KEY_ID", "k1"))


def seal_batch(sealer: ReceiptSealer, receipts: list) -> Dict[str, str]:
    return {r.order_id: sealer.seal(r) for r in receipts}
