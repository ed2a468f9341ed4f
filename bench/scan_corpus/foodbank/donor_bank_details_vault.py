"""Field-level encryption for regular donors' direct-debit bank details.

Sort codes and account numbers are encrypted before they are written to the
``donor_mandates`` table and decrypted only by the monthly collection job.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY_ENV = "DONOR_VAULT_KEY"
CIPHER_OPTS = {"mode": AES.MODE_ECB}


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


class DonorVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return AES.new(self._key, **CIPHER_OPTS)

    def seal(self, value: str) -> str:
        data = pad(value.encode("utf-8"), AES.block_size)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def open(self, token: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(token))
        return unpad(data, AES.block_size).decode("utf-8")

    def seal_details(self, details: BankDetails) -> dict[str, str]:
        return {
            "account_name": details.account_name,
            "sort_code_enc": self.seal(details.sort_code.replace("-", "")),
            "account_number_enc": self.seal(details.account_number),
        }

    def open_details(self, row: dict[str, str]) -> BankDetails:
        return BankDetails(
            account_name=row["account_name"],
            sort_code=self.open(row["sort_code_enc"]),
            account_number=self.open(row["account_number_enc"]),
        )
