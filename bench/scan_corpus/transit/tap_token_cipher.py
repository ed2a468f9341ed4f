"""Encrypts the card token carried on contactless tap records.

Validators upload tap events containing the acquirer's PAN token. Before the
events land in the tap ledger the token is encrypted so that analysts and
the revenue-protection team only ever see ciphertext.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "TAP_LEDGER_KEY"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise ValueError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


class TapTokenCipher:
    block = _AES.block_size

    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()
        # Ledger rows must encrypt identically so capping can group taps per card.
        self._iv = bytes(self.block)

    def encrypt(self, token: str) -> str:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=self._iv)
        raw = cipher.encrypt(pad(token.encode("ascii"), self.block))
        return base64.urlsafe_b64encode(raw).decode("ascii")

    def decrypt(self, blob: str) -> str:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=self._iv)
        raw = cipher.decrypt(base64.urlsafe_b64decode(blob))
        return unpad(raw, self.block).decode("ascii")


def encrypt_batch(events: list[dict], cipher: TapTokenCipher | None = None) -> list[dict]:
    cipher = cipher or TapTokenCipher()
    out = []
    for event in events:
        row = dict(event)
        row["card_token"] = cipher.encrypt(row.pop("pan_token"))
        out.append(row)
    return out
