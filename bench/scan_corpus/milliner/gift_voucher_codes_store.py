"""Encrypts gift voucher codes before they are written to the shop database."""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def fresh_nonce(size: int = 12) -> bytes:
    return os.urandom(size)


@dataclass(frozen=True)
class SealedVoucher:
    voucher_id: str
    blob: bytes


class VoucherSealer:
    nonce_size = 12
    key_env = "VOUCHER_DATA_KEY"

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_environment(cls) -> "VoucherSealer":
        return cls(bytes.fromhex(os.environ[cls.key_env]))

    def seal(self, voucher_id: str, code: str) -> SealedVoucher:
        nonce = fresh_nonce(self.nonce_size)
        ct = self._aead.encrypt(nonce, code.encode("utf-8"), voucher_id.encode("utf-8"))
        return SealedVoucher(voucher_id, nonce + ct)

    def unseal(self, sealed: SealedVoucher) -> str:
        nonce, ct = sealed.blob[: self.nonce_size], sealed.blob[self.nonce_size :]
        return self._aead.decrypt(nonce, ct, sealed.voucher_id.encode("utf-8")).decode("utf-8")


class VoucherRepository:
    def __init__(self, conn, sealer: VoucherSealer) -> None:
        self.conn = conn
        self.sealer = sealer

    def save(self, voucher_id: str, code: str, value_pence: int) -> None:
        sealed = self.sealer.seal(voucher_id, code)
        self.conn.execute(
            "INSERT INTO gift_vouchers (id, sealed_code, value_pence) VALUES (?, ?, ?)",
            (sealed.voucher_id, sealed.blob, value_pence),
        )

    def code_for(self, voucher_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT sealed_code FROM gift_vouchers WHERE id = ?", (voucher_id,)
        ).fetchone()
        return self.sealer.unseal(SealedVoucher(voucher_id, row[0])) if row else None
