"""Card tokenisation for the checkout service.

PANs are sealed with AES-256-GCM under a data key from KMS; the token id is
bound into the associated data so a ciphertext can't be swapped between rows.
"""
from __future__ import annotations

import base64
import os
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.kms import load_data_key
from vault.store import VaultStore

NONCE_BYTES = 12


class CardTokenizer:
    def __init__(self, store: VaultStore, key_id: str | None = None) -> None:
        self._store = store
        self._aead = AESGCM(load_data_key(key_id or os.environ["CARD_VAULT_KEY_ID"]))

    def _seal(self, token: str, pan: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, pan.encode("ascii"), token.encode("ascii"))
        return base64.b64encode(nonce + ct).decode("ascii")

    def _open(self, token: str, blob: str) -> str:
        raw = base64.b64decode(blob)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, token.encode("ascii")).decode("ascii")

    def tokenize(self, pan: str) -> str:
        pan = "".join(ch for ch in pan if ch.isdigit())
        if not 12 <= len(pan) <= 19:
            raise ValueError("invalid card number length")
        token = "card_" + secrets.token_urlsafe(18)
        self._store.put(token, self._seal(token, pan), last4=pan[-4:])
        return token

    def detokenize(self, token: str) -> str:
        blob = self._store.get(token)
        if blob is None:
            raise KeyError(token)
        return self._open(token, blob)
