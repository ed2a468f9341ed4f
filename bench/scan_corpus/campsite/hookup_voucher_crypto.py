"""Seal and open prepaid hookup vouchers exchanged between the shop till and the bollard gateway."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

VOUCHER_CONTEXT = b"parkgate/hookup-voucher/v3"
NONCE_BYTES = 12


@dataclass(frozen=True)
class Voucher:
    meter_id: str
    kwh: float
    issued_at: int
    till_ref: str


class VoucherSealer:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("voucher key must be 32 bytes")
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "VoucherSealer":
        return cls(base64.b64decode(os.environ["HOOKUP_VOUCHER_KEY"]))

    def _aad(self, meter_id: str) -> bytes:
        return VOUCHER_CONTEXT + b"|" + meter_id.encode("utf-8")

    def seal(self, voucher: Voucher) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(voucher), separators=(",", ":")).encode()
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad(voucher.meter_id))
        return base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")

    def open(self, meter_id: str, token: str) -> Voucher:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, ciphertext, self._aad(meter_id))
        voucher = Voucher(**json.loads(plaintext))
        if voucher.meter_id != meter_id:
            raise ValueError("voucher issued for a different meter")
        return voucher
