"""Encrypt bank details captured on housing benefit and council tax support
claims before they are stored.

Output format: base64( nonce(12) || ciphertext+tag ). The claim id is bound
in as associated data so a value cannot be moved onto another claim.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


def _key() -> bytes:
    key = base64.b64decode(os.environ["CLAIMS_BANK_DETAILS_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("CLAIMS_BANK_DETAILS_KEY has the wrong length")
    return key


def seal(value: str, claim_id: str) -> str:
    nonce = os.urandom(NONCE_LEN)
    ct = AESGCM(_key()).encrypt(nonce, value.encode("utf-8"), claim_id.encode("utf-8"))
    return base64.b64encode(nonce + ct).decode("ascii")


def open_sealed(blob: str, claim_id: str) -> str:
    raw = base64.b64decode(blob)
    nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
    return AESGCM(_key()).decrypt(nonce, ct, claim_id.encode("utf-8")).decode("utf-8")


def seal_bank_details(claim_id: str, sort_code: str, account_number: str) -> dict:
    return {
        "sort_code": seal(sort_code.replace("-", ""), claim_id),
        "account_number": seal(account_number, claim_id),
        "account_last4": account_number[-4:],
    }
