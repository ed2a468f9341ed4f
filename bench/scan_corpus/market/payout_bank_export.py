"""Nightly export of approved seller payouts to the partner bank.

The bank's batch gateway expects each record encrypted with the shared
key agreed during onboarding.
"""
import csv
import io
import os
from decimal import Decimal

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def _bank_key() -> bytes:
    return bytes.fromhex(os.environ["BANK_BATCH_KEY_HEX"])


def build_batch(payouts: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    for p in payouts:
        amount = Decimal(p["amount"]).quantize(Decimal("0.01"))
        writer.writerow([p["seller_id"], p["iban"], str(amount), p["currency"]])
    return buf.getvalue().encode()


def encrypt_batch(plaintext: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_bank_key(), DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext, 8))


def export(payouts: list[dict], out_path: str) -> None:
    with open(out_path, "wb") as fh:
        fh.write(encrypt_batch(build_batch(payouts)))
