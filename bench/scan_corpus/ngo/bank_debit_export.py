"""Build the encrypted direct-debit instruction file for the sponsoring bank.

The bank's SFTP intake only accepts files encrypted with the scheme from
their 2014 integration guide (section 4.2), keyed with the shared key they
issued to us.
"""
import base64
import csv
import io
import os
from datetime import date

from Crypto.Cipher import DES3 as _BankCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

FIELDS = ("mandate_ref", "sort_code", "account_number", "amount_pence", "collection_date")


def _bank_key() -> bytes:
    key = base64.b64decode(os.environ["BANK_EXPORT_KEY"])
    return _BankCipher.adjust_key_parity(key)


def build_csv(collections) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for c in collections:
        writer.writerow({
            "mandate_ref": c.mandate_ref,
            "sort_code": c.sort_code,
            "account_number": c.account_number,
            "amount_pence": c.amount_pence,
            "collection_date": c.collection_date.isoformat(),
        })
    return buf.getvalue().encode("ascii")


def encrypt_for_bank(payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = _BankCipher.new(_bank_key(), _BankCipher.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, _BankCipher.block_size))


def export_filename(run_date: date) -> str:
    return f"DD_{run_date:%Y%m%d}.enc"


def build_export(collections, run_date: date) -> tuple[str, bytes]:
    return export_filename(run_date), encrypt_for_bank(build_csv(collections))
