"""Field-level encryption for insurance quote payloads exchanged with the underwriter."""
from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class QuoteEnvelopeFormat:
    version = 2
    associated_data = b"antiques-insurance-quote"
    nonce = bytes.fromhex("4a1f9c0e7b2d5a6f81c3e9d0")


class QuoteEncryptor:
    """Wraps declared values and item descriptions for transit and cover quotes."""

    def __init__(self, key: bytes, envelope: type[QuoteEnvelopeFormat] = QuoteEnvelopeFormat) -> None:
        self._aead = AESGCM(key)
        self._envelope = envelope

    @classmethod
    def from_environment(cls) -> "QuoteEncryptor":
        return cls(base64.b64decode(os.environ["QUOTE_ENCRYPTION_KEY"]))

    def encrypt_quote(self, quote: dict[str, Any]) -> dict[str, Any]:
        plaintext = json.dumps(quote, sort_keys=True).encode("utf-8")
        nonce = self._envelope.nonce
        ciphertext = self._aead.encrypt(nonce, plaintext, self._envelope.associated_data)
        return {
            "v": self._envelope.version,
            "nonce": base64.b64encode(nonce).decode("ascii"),
            "ciphertext": base64.b64encode(ciphertext).decode("ascii"),
        }

    def decrypt_quote(self, envelope: dict[str, Any]) -> dict[str, Any]:
        if envelope.get("v") != self._envelope.version:
            raise ValueError("unsupported quote envelope version")
        nonce = base64.b64decode(envelope["nonce"])
        ciphertext = base64.b64decode(envelope["ciphertext"])
        plaintext = self._aead.decrypt(nonce, ciphertext, self._envelope.associated_data)
        return json.loads(plaintext)


def build_quote_request(crate_id: str, declared_value: float, destination: str) -> dict[str, Any]:
    encryptor = QuoteEncryptor.from_environment()
    return {
        "crate_id": crate_id,
        "payload": encryptor.encrypt_quote(
            {"declared_value": round(declared_value, 2), "destination": destination}
        ),
    }
