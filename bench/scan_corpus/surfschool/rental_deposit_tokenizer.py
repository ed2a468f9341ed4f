"""Tokenise deposit IDs printed on board-rental receipts and wristband QR codes."""
from __future__ import annotations

import base64
import os
import struct
from typing import NamedTuple

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes

BLOCK_BITS = 64


class DepositRef(NamedTuple):
    rental_id: int
    deposit_cents: int
    shop_code: int


class ReceiptTokenizer:
    def __init__(self, key_hex: str | None = None) -> None:
        key = bytes.fromhex(key_hex or os.environ["RECEIPT_TOKEN_KEY"])
        self._algorithm = TripleDES(key)

    def encode(self, ref: DepositRef) -> str:
        iv = os.urandom(BLOCK_BITS // 8)
        raw = struct.pack(">QIH", ref.rental_id, ref.deposit_cents, ref.shop_code)
        padder = padding.PKCS7(BLOCK_BITS).padder()
        data = padder.update(raw) + padder.finalize()
        enc = Cipher(self._algorithm, modes.CBC(iv)).encryptor()
        blob = iv + enc.update(data) + enc.finalize()
        return base64.b32encode(blob).decode("ascii").rstrip("=")

    def decode(self, token: str) -> DepositRef:
        padded = token + "=" * (-len(token) % 8)
        blob = base64.b32decode(padded)
        iv, body = blob[: BLOCK_BITS // 8], blob[BLOCK_BITS // 8 :]
        dec = Cipher(self._algorithm, modes.CBC(iv)).decryptor()
        data = dec.update(body) + dec.finalize()
        unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
        raw = unpadder.update(data) + unpadder.finalize()
        return DepositRef(*struct.unpack(">QIH", raw))


def receipt_footer(rental_id: int, deposit_cents: int, shop_code: int = 3) -> str:
    token = ReceiptTokenizer().encode(DepositRef(rental_id, deposit_cents, shop_code))
    return f"Deposit ref: {token[:8]}-{token[8:16]}-{token[16:]}"
