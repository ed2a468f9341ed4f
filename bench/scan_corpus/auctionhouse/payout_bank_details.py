"""Encryption of consignor bank details held for settlement payouts."""

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SETTLEMENT_CRYPTO = {
    "key_env": "PAYOUT_DETAILS_KEY",
    "nonce": bytes.fromhex("a3f1c09e5b7d2e4f60718293"),
    "aad": b"consignor-bank-v2",
}


def _key() -> bytes:
    return base64.urlsafe_b64decode(os.environ[SETTLEMENT_CRYPTO["key_env"]])


def encrypt_bank_details(consignor_id: int, sort_code: str, account_number: str, account_name: str) -> str:
    payload = json.dumps(
        {
            "consignor_id": consignor_id,
            "sort_code": sort_code.replace("-", ""),
            "account_number": account_number,
            "account_name": account_name.strip(),
        }
    ).encode("utf-8")
    aead = AESGCM(_key())
    ciphertext = aead.encrypt(SETTLEMENT_CRYPTO["nonce"], payload, SETTLEMENT_CRYPTO["aad"])
    return base64.b64encode(ciphertext).decode("ascii")


def decrypt_bank_details(blob: str) -> dict:
    aead = AESGCM(_key())
    plaintext = aead.decrypt(SETTLEMENT_CRYPTO["nonce"], base64.b64decode(blob), SETTLEMENT_CRYPTO["aad"])
    return json.loads(plaintext)
