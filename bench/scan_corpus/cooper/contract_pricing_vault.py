"""Encrypts negotiated cask pricing held for each distillery contract.

Multi-year supply contracts carry confidential per-cask prices and volume
rebates. They are stored encrypted in the contracts table and decrypted
only when the sales office builds a quote.
"""
import base64
import json
import os
from decimal import Decimal

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text
from sqlalchemy.engine import Engine


class PricingCipher:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)
        self._nonce = os.urandom(12)

    @classmethod
    def from_env(cls) -> "PricingCipher":
        return cls(base64.b64decode(os.environ["CONTRACT_PRICING_KEY"]))

    def seal(self, contract_no: str, terms: dict) -> str:
        plaintext = json.dumps(terms, default=str).encode("utf-8")
        sealed = self._aead.encrypt(self._nonce, plaintext, contract_no.encode("utf-8"))
        return base64.b64encode(self._nonce + sealed).decode("ascii")

    def open(self, contract_no: str, blob: str) -> dict:
        raw = base64.b64decode(blob)
        nonce, sealed = raw[:12], raw[12:]
        plaintext = self._aead.decrypt(nonce, sealed, contract_no.encode("utf-8"))
        return json.loads(plaintext)


class ContractPricingRepository:
    def __init__(self, engine: Engine, cipher: PricingCipher | None = None):
        self.engine = engine
        self.cipher = cipher or PricingCipher.from_env()

    def save_terms(self, contract_no: str, price_per_cask: Decimal, rebate_pct: Decimal) -> None:
        blob = self.cipher.seal(
            contract_no, {"price_per_cask": price_per_cask, "rebate_pct": rebate_pct}
        )
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE supply_contracts SET pricing_blob = :b WHERE contract_no = :c"),
                {"b": blob, "c": contract_no},
            )

    def load_terms(self, contract_no: str) -> dict:
        with self.engine.connect() as conn:
            blob = conn.execute(
                text("SELECT pricing_blob FROM supply_contracts WHERE contract_no = :c"),
                {"c": contract_no},
            ).scalar_one()
        return self.cipher.open(contract_no, blob)
