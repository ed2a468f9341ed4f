"""Encryption of the monthly settlement file dropped on the bank's SFTP.

The clearing bank's import tool only accepts the cipher below; the key is
exchanged out of band and provisioned into the billing worker's env.
"""
import os
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

SETTLEMENT_DIR = Path(os.environ.get("SETTLEMENT_DIR", "/var/lib/qlab/billing/settlements"))


def _bank_key() -> bytes:
    key = bytes.fromhex(os.environ["BANK_EXPORT_KEY"])
    return DES3.adjust_key_parity(key)


def encrypt_settlement(csv_bytes: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_bank_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(csv_bytes, DES3.block_size))


def write_settlement(period: str, csv_bytes: bytes) -> Path:
    SETTLEMENT_DIR.mkdir(parents=True, exist_ok=True)
    out = SETTLEMENT_DIR / f"qlab_settlement_{period}.csv.enc"
    out.write_bytes(encrypt_settlement(csv_bytes))
    return out
