"""Export of prize payout batches for the legacy bank SFTP drop.

The bank's import job still expects the batch file encrypted with the
shared key agreed during onboarding; the file is written locally and picked
up by the transfer agent.
"""
import csv
import io
import os
from decimal import Decimal
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

EXPORT_DIR = Path(os.environ.get("PAYOUT_EXPORT_DIR", "/var/spool/payouts"))


def _batch_csv(payouts) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["payee_ref", "iban", "amount", "currency", "memo"])
    for p in payouts:
        writer.writerow([p.payee_ref, p.iban, f"{Decimal(p.amount):.2f}", p.currency, p.memo])
    return buf.getvalue().encode("utf-8")


def encrypt_batch(plaintext: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext, DES3.block_size))


def write_batch(batch_id: int, payouts) -> Path:
    key = bytes.fromhex(os.environ["BANK_BATCH_KEY_HEX"])
    data = encrypt_batch(_batch_csv(payouts), key)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"prize-batch-{batch_id:06d}.enc"
    target.write_bytes(data)
    os.chmod(target, 0o600)
    return target
