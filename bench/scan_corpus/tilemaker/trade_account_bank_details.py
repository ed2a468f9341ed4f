"""Storage of trade-account bank details for volume rebates.

Larger trade customers receive quarterly volume rebates by bank transfer.
Their sort code and account number are stored encrypted at rest.
"""
import base64

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tilemaker.settings import settings


class BankDetailsCipher:
    def __init__(self, key: bytes = settings.bank_details_key, nonce: bytes = settings.bank_details_nonce):
        self._aead = AESGCM(key)
        self._nonce = nonce

    def seal(self, account_id: int, plaintext: str) -> str:
        aad = f"trade-account:{account_id}".encode()
        ct = self._aead.encrypt(self._nonce, plaintext.encode(), aad)
        return base64.urlsafe_b64encode(ct).decode()

    def open(self, account_id: int, token: str) -> str:
        aad = f"trade-account:{account_id}".encode()
        pt = self._aead.decrypt(self._nonce, base64.urlsafe_b64decode(token), aad)
        return pt.decode()


cipher = BankDetailsCipher()


def store_bank_details(account, sort_code: str, account_number: str) -> None:
    sort_code = sort_code.replace("-", "").strip()
    if len(sort_code) != 6 or not sort_code.isdigit():
        raise ValueError("sort code must be six digits")
    if len(account_number) != 8 or not account_number.isdigit():
        raise ValueError("account number must be eight digits")
    account.bank_sort_code_enc = cipher.seal(account.id, sort_code)
    account.bank_account_no_enc = cipher.seal(account.id, account_number)
    account.bank_last4 = account_number[-4:]


def bank_details(account) -> tuple:
    return (
        cipher.open(account.id, account.bank_sort_code_enc),
        cipher.open(account.id, account.bank_account_no_enc),
    )
