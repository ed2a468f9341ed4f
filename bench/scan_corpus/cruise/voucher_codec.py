"""Turns onboard-credit vouchers into opaque strings for the QR cards left in cabins."""

import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_CIPHER_OPTS = {"mode": _AES.MODE_ECB}


class VoucherCodec:
    block_size = _AES.block_size

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("voucher key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "VoucherCodec":
        return cls(base64.b64decode(os.environ["VOUCHER_KEY_B64"]))

    def _cipher(self):
        return _AES.new(self._key, **_CIPHER_OPTS)

    def encode(self, voucher: dict) -> str:
        raw = json.dumps(voucher, separators=(",", ":"), sort_keys=True).encode()
        token = self._cipher().encrypt(pad(raw, self.block_size))
        return base64.urlsafe_b64encode(token).decode().rstrip("=")

    def decode(self, text: str) -> dict:
        padded = text + "=" * (-len(text) % 4)
        token = base64.urlsafe_b64decode(padded)
        raw = unpad(self._cipher().decrypt(token), self.block_size)
        return json.loads(raw)
