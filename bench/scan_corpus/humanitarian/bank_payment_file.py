"""Build the encrypted bulk-payment file for the partner bank.

The bank's host-to-host gateway accepts a fixed-width payment file encrypted
with the key exchanged during onboarding. The file is then dropped on the
bank's SFTP server by ``bank_sftp_upload``.
"""
import base64
import os
from decimal import Decimal
from typing import Iterable

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

RECORD_WIDTH = 120


def _bank_key() -> bytes:
    return base64.b64decode(os.environ["BANK_FILE_KEY"])


def _record(payment) -> str:
    amount = f"{Decimal(payment.amount):.2f}".replace(".", "").rjust(15, "0")
    line = (
        payment.account_number.ljust(34)
        + payment.beneficiary_name[:40].ljust(40)
        + amount
        + payment.currency
        + payment.reference[:28].ljust(28)
    )
    return line.ljust(RECORD_WIDTH)


def build_plaintext(batch_id: str, payments: Iterable) -> bytes:
    rows = [f"H{batch_id:<119}"]
    rows.extend(_record(p) for p in payments)
    rows.append(f"T{len(rows) - 1:0>10}".ljust(RECORD_WIDTH))
    return ("\r\n".join(rows) + "\r\n").encode("ascii", errors="replace")


def encrypt_payment_file(batch_id: str, payments: Iterable) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_bank_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(build_plaintext(batch_id, payments), DES3.block_size))
