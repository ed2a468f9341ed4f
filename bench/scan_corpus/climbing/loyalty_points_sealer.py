"""Seals loyalty-point vouchers printed on retail shop receipts so tills can redeem them offline."""
from __future__ import annotations

import base64
import os
import struct
from datetime import date, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305 as _AEAD

KEY_ENV = "SHOP_VOUCHER_KEY"
VOUCHER_VERSION = 1
VOUCHER_VALIDITY = timedelta(days=90)
NONCE_LEN = 12


def _voucher_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError("voucher key must be 32 bytes")
    return key


class VoucherSealer:
    """Packs member id, points and expiry into a compact authenticated string."""

    def __init__(self, store_code: str, key: bytes | None = None) -> None:
        self.store_code = store_code
        self._aead = _AEAD(key or _voucher_key())

    def _aad(self) -> bytes:
        return f"voucher:v{VOUCHER_VERSION}:{self.store_code}".encode("ascii")

    def seal(self, member_id: int, points: int, issued: date | None = None) -> str:
        issued = issued or date.today()
        expires = issued + VOUCHER_VALIDITY
        body = struct.pack(">IIH", member_id, points, (expires - date(2000, 1, 1)).days)
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, body, self._aad())
        return base64.b32encode(nonce + ct).decode("ascii").rstrip("=")

    def open(self, voucher: str) -> dict | None:
        padded = voucher.upper() + "=" * (-len(voucher) % 8)
        try:
            raw = base64.b32decode(padded)
        except ValueError:
            return None
        nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
        try:
            body = self._aead.decrypt(nonce, ct, self._aad())
        except InvalidTag:
            return None
        member_id, points, days = struct.unpack(">IIH", body)
        expires = date(2000, 1, 1) + timedelta(days=days)
        return {
            "member_id": member_id,
            "points": points,
            "expires": expires,
            "expired": expires < date.today(),
        }


def redeem_at_till(sealer: VoucherSealer, voucher: str, ledger) -> int:
    info = sealer.open(voucher)
    if info is None or info["expired"]:
        return 0
    if not ledger.mark_redeemed(voucher, info["member_id"]):
        return 0
    return info["points"]
