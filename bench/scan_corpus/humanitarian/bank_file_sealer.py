"""Seal bulk-payment files for the second partner bank.

This bank's gateway takes AES-256-GCM: a 12-byte nonce, the ciphertext and a
16-byte tag, base64-encoded in a single line.
"""
import base64
import os
from typing import Iterable

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
_FILE_HEADER = b"PAYV2"


def _key() -> bytes:
    key = base64.b64decode(os.environ["BANK2_FILE_KEY"])
    if len(key) != 32:
        raise RuntimeError("BANK2_FILE_KEY must be 32 bytes")
    return key


def render_csv(payments: Iterable) -> bytes:
    lines = ["account,name,amount,currency,reference"]
    for p in payments:
        name = p.beneficiary_name.replace(",", " ")
        lines.append(f"{p.account_number},{name},{p.amount:.2f},{p.currency},{p.reference}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def seal_payment_file(batch_id: str, payments: Iterable) -> bytes:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(_FILE_HEADER + batch_id.encode())
    ciphertext, tag = cipher.encrypt_and_digest(render_csv(payments))
    return base64.b64encode(nonce + ciphertext + tag) + b"\n"
