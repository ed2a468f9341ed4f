"""Stores customer bank details used for direct-debit cask payments.

Smaller craft distilleries pay for cask orders by direct debit. Their sort
code and account number are encrypted before they reach the database and
decrypted only by the monthly collection run.
"""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"v2"


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str


class BankDetailsCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("bank details key must be 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "BankDetailsCipher":
        return cls(bytes.fromhex(os.environ["BANK_DETAILS_KEY_HEX"]))

    def encrypt(self, customer_id: int, details: BankDetails) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = "|".join(
            [details.account_name, details.sort_code, details.account_number]
        ).encode("utf-8")
        aad = KEY_VERSION + str(customer_id).encode("ascii")
        return KEY_VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, customer_id: int, blob: bytes) -> BankDetails:
        version, rest = blob[:2], blob[2:]
        nonce, sealed = rest[:NONCE_BYTES], rest[NONCE_BYTES:]
        aad = version + str(customer_id).encode("ascii")
        name, sort_code, number = self._aead.decrypt(nonce, sealed, aad).decode("utf-8").split("|")
        return BankDetails(name, sort_code, number)


def store_mandate(conn, cipher: BankDetailsCipher, customer_id: int, details: BankDetails) -> None:
    blob = cipher.encrypt(customer_id, details)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO dd_mandates (customer_id, bank_blob) VALUES (%s, %s) "
            "ON CONFLICT (customer_id) DO UPDATE SET bank_blob = EXCLUDED.bank_blob",
            (customer_id, blob),
        )
    conn.commit()
