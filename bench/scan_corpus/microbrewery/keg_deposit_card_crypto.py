"""Encrypts the bank references stored against keg deposit accounts of trade customers."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class DepositKeyError(RuntimeError):
    pass


def _load_key() -> bytes:
    raw = os.environ.get("KEG_DEPOSIT_KEY_B64")
    if not raw:
        raise DepositKeyError("KEG_DEPOSIT_KEY_B64 is not set")
    key = base64.b64decode(raw)
    if len(key) not in (16, 24, 32):
        raise DepositKeyError("deposit key must be 128, 192 or 256 bits")
    return key


@dataclass
class DepositAccount:
    customer_id: str
    kegs_out: int
    deposit_per_keg_pence: int
    bank_reference_enc: str = ""

    @property
    def deposit_held_pence(self) -> int:
        return self.kegs_out * self.deposit_per_keg_pence


class BankReferenceVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def seal(self, plaintext: str) -> str:
        blob = self._cipher().encrypt(pad(plaintext.encode("utf-8"), AES.block_size))
        return base64.urlsafe_b64encode(blob).decode("ascii")

    def open(self, token: str) -> str:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        return unpad(self._cipher().decrypt(blob), AES.block_size).decode("utf-8")


def attach_bank_reference(account: DepositAccount, reference: str, vault: BankReferenceVault) -> None:
    cleaned = reference.replace(" ", "").upper()
    if not cleaned.isalnum() or len(cleaned) > 34:
        raise ValueError("bank reference must be an IBAN-like alphanumeric string")
    account.bank_reference_enc = vault.seal(cleaned)


def refund_instruction(account: DepositAccount, kegs_returned: int, vault: BankReferenceVault) -> dict:
    if kegs_returned > account.kegs_out:
        raise ValueError("more kegs returned than are on the account")
    amount = kegs_returned * account.deposit_per_keg_pence
    account.kegs_out -= kegs_returned
    return {
        "customer_id": account.customer_id,
        "amount_pence": amount,
        "pay_to": vault.open(account.bank_reference_enc),
    }
