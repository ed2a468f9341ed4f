"""Encryption of tenant bank details captured during referencing.

Sort code and account number are stored encrypted in ``tenant_bank_details``
and only decrypted when the rent collection file is generated.
"""
import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "TENANT_BANK_KEY"
_BLOCK = _AES.block_size
_MODE = _AES.MODE_ECB


def _key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


def _cipher():
    return _AES.new(_key(), _MODE)


def encrypt_field(value: str) -> str:
    ct = _cipher().encrypt(pad(value.encode("utf-8"), _BLOCK))
    return base64.b64encode(ct).decode("ascii")


def decrypt_field(token: str) -> str:
    pt = unpad(_cipher().decrypt(base64.b64decode(token)), _BLOCK)
    return pt.decode("utf-8")


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str

    def to_row(self) -> dict:
        return {
            "account_name": self.account_name,
            "sort_code_enc": encrypt_field(self.sort_code.replace("-", "")),
            "account_number_enc": encrypt_field(self.account_number),
        }

    @classmethod
    def from_row(cls, row: dict) -> "BankDetails":
        return cls(
            account_name=row["account_name"],
            sort_code=decrypt_field(row["sort_code_enc"]),
            account_number=decrypt_field(row["account_number_enc"]),
        )
