"""Stores sealed quotes for high-value bespoke commissions.

Quotes for pieces above the insurance threshold are kept encrypted until
the customer accepts, so that only the valuer and owner can read them.
"""
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

QUOTE_AAD = b"atelier-sealed-quote-v2"
NONCE_SIZE = 12


@dataclass
class Quote:
    commission_ref: str
    customer_id: int
    metal_cost_pence: int
    stones_cost_pence: int
    labour_pence: int
    margin_pct: float


class SealedQuoteStore:
    def __init__(self, redis_client, key: bytes | None = None):
        self.redis = redis_client
        self.aead = ChaCha20Poly1305(key or bytes.fromhex(os.environ["SEALED_QUOTE_KEY"]))

    def _redis_key(self, commission_ref: str) -> str:
        return f"quote:sealed:{commission_ref}"

    def seal(self, quote: Quote) -> None:
        nonce = os.urandom(NONCE_SIZE)
        payload = json.dumps(asdict(quote)).encode()
        blob = nonce + self.aead.encrypt(nonce, payload, QUOTE_AAD)
        self.redis.set(self._redis_key(quote.commission_ref), blob)

    def open(self, commission_ref: str) -> Quote | None:
        blob = self.redis.get(self._redis_key(commission_ref))
        if blob is None:
            return None
        nonce, ciphertext = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
        data = json.loads(self.aead.decrypt(nonce, ciphertext, QUOTE_AAD))
        return Quote(**data)

    def discard(self, commission_ref: str) -> bool:
        return bool(self.redis.delete(self._redis_key(commission_ref)))
