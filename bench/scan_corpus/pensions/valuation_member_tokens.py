"""Deterministic member tokens for the valuation data extract.

Tokens are produced with AES-SIV so the same NI number always maps to the
same token (needed for year-on-year matching by the actuary) while staying
reversible by the administrator.
"""
import base64
import csv
import os

from cryptography.hazmat.primitives.ciphers.aead import AESSIV

TOKEN_CONTEXT = [b"valuation-extract", b"ni_number"]


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["VALUATION_SIV_KEY"])
    if len(key) not in (32, 48, 64):
        raise RuntimeError("VALUATION_SIV_KEY must be 256, 384 or 512 bits")
    return key


class MemberTokeniser:
    def __init__(self, key: bytes):
        self._siv = AESSIV(key)

    def tokenise(self, ni_number: str) -> str:
        normalised = ni_number.replace(" ", "").upper().encode()
        return base64.urlsafe_b64encode(self._siv.encrypt(normalised, TOKEN_CONTEXT)).decode()

    def reverse(self, token: str) -> str:
        return self._siv.decrypt(base64.urlsafe_b64decode(token), TOKEN_CONTEXT).decode()


def tokenise_extract(src_path: str, dst_path: str) -> int:
    tokeniser = MemberTokeniser(_load_key())
    count = 0
    with open(src_path, newline="") as src, open(dst_path, "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames)
        writer.writeheader()
        for row in reader:
            row["ni_number"] = tokeniser.tokenise(row["ni_number"])
            writer.writerow(row)
            count += 1
    return count
