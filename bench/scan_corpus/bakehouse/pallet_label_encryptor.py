"""Encrypts pallet label payloads embedded in 2D barcodes on outbound pallets.

The payload carries the SSCC, the batch codes and the allergen summary; the
supermarket's DC scanners hold the shared key and decrypt on goods-in.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_BYTES = 12


@dataclass
class PalletPayload:
    sscc: str
    batch_codes: list[str]
    allergens: list[str]
    best_before: str


class LabelCodec:
    def __init__(self, key: bytes, nonce_source=os.urandom) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._nonce_source = nonce_source

    def encode(self, payload: PalletPayload) -> str:
        nonce = self._nonce_source(NONCE_BYTES)
        body = json.dumps(payload.__dict__, separators=(",", ":")).encode()
        sealed = self._aead.encrypt(nonce, body, payload.sscc.encode())
        return base64.b32encode(nonce + sealed).decode().rstrip("=")

    def decode(self, text: str, sscc: str) -> PalletPayload:
        padded = text + "=" * (-len(text) % 8)
        raw = base64.b32decode(padded)
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        body = self._aead.decrypt(nonce, sealed, sscc.encode())
        return PalletPayload(**json.loads(body))


def codec_from_env() -> LabelCodec:
    return LabelCodec(base64.b64decode(os.environ["PALLET_LABEL_KEY"]))
