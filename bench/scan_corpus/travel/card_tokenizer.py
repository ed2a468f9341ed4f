"""Card tokenisation for the checkout service.

The encrypted PAN is stored in the vault table keyed by an opaque token; the
token is the associated data so ciphertexts cannot be swapped between rows.
"""
import base64
import os
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM as _Aead


class CardTokenizer:
    token_prefix = "tok_"
    nonce_size = 12

    def __init__(self, store, key: bytes | None = None):
        self._store = store
        key = key or base64.b64decode(os.environ["CARD_VAULT_KEY"])
        if len(key) != 32:
            raise ValueError("vault key must be 256 bits")
        self._aead = _Aead(key)

    def tokenise(self, pan: str, expiry: str) -> str:
        digits = pan.replace(" ", "")
        if not digits.isdigit() or not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        token = self.token_prefix + secrets.token_urlsafe(18)
        nonce = os.urandom(self.nonce_size)
        blob = nonce + self._aead.encrypt(nonce, f"{digits}|{expiry}".encode(), token.encode())
        self._store.put(token, {"pan": base64.b64encode(blob).decode(), "last4": digits[-4:]})
        return token

    def detokenise(self, token: str) -> tuple[str, str]:
        record = self._store.get(token)
        if record is None:
            raise KeyError(token)
        blob = base64.b64decode(record["pan"])
        nonce, sealed = blob[:self.nonce_size], blob[self.nonce_size:]
        pan, expiry = self._aead.decrypt(nonce, sealed, token.encode()).decode().split("|", 1)
        return pan, expiry

    def last4(self, token: str) -> str:
        record = self._store.get(token)
        return record["last4"] if record else ""
