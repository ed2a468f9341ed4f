"""Pseudonymise member identifiers before the triennial valuation export.

The scheme actuary receives a CSV extract with national insurance numbers
replaced by a deterministic token so records can be matched between
valuations. The administrator can reverse the token if a query comes back.
"""
import base64
import csv
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TOKEN_SETTINGS = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


def _load_key() -> bytes:
    return base64.b64decode(os.environ["VALUATION_TOKEN_KEY"])


def _cipher(key: bytes) -> Cipher:
    return Cipher(TOKEN_SETTINGS["algorithm"](key), TOKEN_SETTINGS["mode"]())


def tokenise(ni_number: str, key: bytes) -> str:
    padder = padding.PKCS7(TOKEN_SETTINGS["block_bits"]).padder()
    data = padder.update(ni_number.replace(" ", "").upper().encode()) + padder.finalize()
    enc = _cipher(key).encryptor()
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()


def reverse_token(token: str, key: bytes) -> str:
    dec = _cipher(key).decryptor()
    padded = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(TOKEN_SETTINGS["block_bits"]).unpadder()
    return (unpadder.update(padded) + unpadder.finalize()).decode()


def pseudonymise_extract(src_path: str, dst_path: str) -> int:
    key = _load_key()
    count = 0
    with open(src_path, newline="") as src, open(dst_path, "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames)
        writer.writeheader()
        for row in reader:
            row["ni_number"] = tokenise(row["ni_number"], key)
            writer.writerow(row)
            count += 1
    return count
