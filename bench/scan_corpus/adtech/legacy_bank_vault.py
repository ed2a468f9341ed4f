"""Encryption of publisher bank details at rest.

The stored format has to stay readable by the old payout admin, which still
decrypts these columns when finance exports remittance files.
"""
import base64
import os

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

_BLOCK = _BF.block_size


class BankDetailsVault:
    def __init__(self, key: bytes):
        self._key = key

    @classmethod
    def from_env(cls) -> "BankDetailsVault":
        return cls(base64.b64decode(os.environ["BANK_DETAILS_KEY"]))

    def _cipher(self, iv: bytes):
        return _BF.new(self._key, _BF.MODE_CBC, iv=iv)

    def seal(self, plaintext: str) -> str:
        iv = get_random_bytes(_BLOCK)
        ct = self._cipher(iv).encrypt(pad(plaintext.encode("utf-8"), _BLOCK))
        return base64.b64encode(iv + ct).decode("ascii")

    def open(self, token: str) -> str:
        raw = base64.b64decode(token)
        iv, ct = raw[:_BLOCK], raw[_BLOCK:]
        return unpad(self._cipher(iv).decrypt(ct), _BLOCK).decode("utf-8")


def encrypt_account(vault: BankDetailsVault, account: dict) -> dict:
    return {
        **account,
        "iban": vault.seal(account["iban"]),
        "account_holder": vault.seal(account["account_holder"]),
    }
