"""Monthly pensioner payment file for the external payroll bureau.

The bureau's intake system only accepts the encrypted fixed-width format
agreed in the 2014 service contract, so the file layout and cipher match
their specification document PB-7.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class Payment:
    member_ref: str
    surname: str
    sort_code: str
    account_number: str
    gross: Decimal
    tax: Decimal


def _record(p: Payment, pay_date: date) -> str:
    return (
        f"{p.member_ref:<12}{p.surname[:20]:<20}{p.sort_code:<6}{p.account_number:<8}"
        f"{int(p.gross * 100):>10}{int(p.tax * 100):>10}{pay_date:%Y%m%d}"
    )


def build_payment_file(payments: list[Payment], pay_date: date) -> bytes:
    lines = [f"HDR{pay_date:%Y%m%d}{len(payments):>6}"]
    lines.extend(_record(p, pay_date) for p in payments)
    total = sum((p.gross for p in payments), Decimal("0"))
    lines.append(f"TRL{int(total * 100):>14}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def encrypt_for_bureau(plaintext: bytes) -> bytes:
    key = DES3.adjust_key_parity(base64.b64decode(os.environ["BUREAU_FILE_KEY"]))
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, DES3.block_size))


def write_bureau_file(payments: list[Payment], pay_date: date, out_dir: str) -> str:
    path = os.path.join(out_dir, f"PENPAY_{pay_date:%Y%m}.enc")
    with open(path, "wb") as fh:
        fh.write(encrypt_for_bureau(build_payment_file(payments, pay_date)))
    return path
