"""Card tokenisation vault used by the checkout service.

PANs never leave this module in clear: callers get an opaque token and the
encrypted PAN is stored in the vault table keyed by that token.
"""
import base64
import os
import secrets

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class CardVault:
    token_prefix = "tok_"
    block_mode = _AES.MODE_ECB

    def __init__(self, store, key: bytes | None = None):
        self._store = store
        self._key = key or base64.b64decode(os.environ["CARD_VAULT_KEY"])
        if len(self._key) != 32:
            raise ValueError("vault key must be 256 bits")

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def tokenise(self, pan: str, expiry: str) -> str:
        digits = pan.replace(" ", "")
        if not digits.isdigit() or not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        token = self.token_prefix + secrets.token_urlsafe(18)
        blob = self._cipher().encrypt(pad(f"{digits}|{expiry}".encode(), _AES.block_size))
        self._store.put(token, {"pan": base64.b64encode(blob).decode(), "last4": digits[-4:]})
        return token

    def detokenise(self, token: str) -> tuple[str, str]:
        record = self._store.get(token)
        if record is None:
            raise KeyError(token)
        blob = base64.b64decode(record["pan"])
        plain = unpad(self._cipher().decrypt(blob), _AES.block_size).decode()
        pan, expiry = plain.split("|", 1)
        return pan, expiry

    def last4(self, token: str) -> str:
        record = self._store.get(token)
        return record["last4"] if record else ""

    def forget(self, token: str) -> None:
        self._store.delete(token)
