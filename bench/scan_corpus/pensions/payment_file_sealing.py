"""Seal the monthly pensioner payment file before it leaves the network.

Output layout: 12-byte nonce followed by AES-256-GCM ciphertext; the file
name is bound as associated data so a file cannot be swapped for another.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class Payment:
    member_ref: str
    surname: str
    sort_code: str
    account_number: str
    gross: Decimal


def build_payment_file(payments: list[Payment], pay_date: date) -> bytes:
    lines = [f"HDR{pay_date:%Y%m%d}{len(payments):>6}"]
    for p in payments:
        lines.append(
            f"{p.member_ref:<12}{p.surname[:20]:<20}{p.sort_code:<6}"
            f"{p.account_number:<8}{int(p.gross * 100):>10}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def seal(plaintext: bytes, file_name: str) -> bytes:
    key = base64.b64decode(os.environ["PAYMENT_FILE_KEY"])
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, file_name.encode())


def write_sealed_file(payments: list[Payment], pay_date: date, out_dir: str) -> str:
    name = f"PENPAY_{pay_date:%Y%m}.bin"
    path = os.path.join(out_dir, name)
    with open(path, "wb") as fh:
        fh.write(seal(build_payment_file(payments, pay_date), name))
    return path
