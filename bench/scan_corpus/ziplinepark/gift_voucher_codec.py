"""Encodes gift vouchers into the opaque code printed on gift cards.

The code carries the voucher id, value and expiry so the front desk can
read it offline when the booking system is down.
"""
import base64
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


class VoucherError(ValueError):
    pass


@dataclass
class Voucher:
    voucher_id: str
    value_cents: int
    currency: str
    course: str
    expires: str

    def is_expired(self, today: date | None = None) -> bool:
        return date.fromisoformat(self.expires) < (today or date.today())


class VoucherCodec:
    def __init__(self, enc_key: bytes, mac_key: bytes) -> None:
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "VoucherCodec":
        return cls(
            base64.b64decode(os.environ["ZP_VOUCHER_ENC_KEY"]),
            base64.b64decode(os.environ["ZP_VOUCHER_MAC_KEY"]),
        )

    def encode(self, voucher: Voucher) -> str:
        iv = get_random_bytes(Blowfish.block_size)
        cipher = Blowfish.new(self._enc_key, Blowfish.MODE_CBC, iv)
        body = iv + cipher.encrypt(pad(json.dumps(asdict(voucher)).encode(), Blowfish.block_size))
        tag = hmac.new(self._mac_key, body, hashlib.sha256).digest()[:16]
        return base64.b32encode(body + tag).decode().rstrip("=")

    def decode(self, code: str) -> Voucher:
        raw = code.strip().upper()
        raw += "=" * (-len(raw) % 8)
        try:
            blob = base64.b32decode(raw)
        except ValueError as exc:
            raise VoucherError("malformed voucher code") from exc
        body, tag = blob[:-16], blob[-16:]
        expected = hmac.new(self._mac_key, body, hashlib.sha256).digest()[:16]
        if not hmac.compare_digest(tag, expected):
            raise VoucherError("voucher code failed integrity check")
        iv, ciphertext = body[: Blowfish.block_size], body[Blowfish.block_size :]
        cipher = Blowfish.new(self._enc_key, Blowfish.MODE_CBC, iv)
        data = json.loads(unpad(cipher.decrypt(ciphertext), Blowfish.block_size))
        return Voucher(**data)
