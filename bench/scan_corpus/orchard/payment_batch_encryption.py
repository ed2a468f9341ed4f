"""Builds and encrypts the season-end grower payment batch.

The batch file lists every grower credit for the pool run; it is encrypted
at rest in the payments bucket until finance releases it to the bank.
"""
import csv
import io
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import boto3
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BUCKET = os.environ.get("PAYMENTS_BUCKET", "coop-payments")
KEY_ENV = "PAYMENT_BATCH_KEY"


@dataclass
class GrowerCredit:
    grower_id: int
    payee_name: str
    sort_code: str
    account_no: str
    amount: Decimal
    reference: str


def _batch_key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(os.environ[KEY_ENV]))


def render_csv(credits: Iterable[GrowerCredit]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["grower_id", "payee", "sort_code", "account", "amount", "reference"])
    for c in credits:
        writer.writerow([c.grower_id, c.payee_name, c.sort_code, c.account_no, f"{c.amount:.2f}", c.reference])
    return buf.getvalue().encode("utf-8")


def encrypt_batch(plaintext: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, DES3.block_size))


def decrypt_batch(blob: bytes, key: bytes) -> bytes:
    iv, body = blob[: DES3.block_size], blob[DES3.block_size:]
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(body), DES3.block_size)


def store_batch(pool_run: str, credits: list[GrowerCredit]) -> str:
    key = _batch_key()
    object_key = f"batches/{pool_run}.csv.enc"
    boto3.client("s3").put_object(
        Bucket=BUCKET,
        Key=object_key,
        Body=encrypt_batch(render_csv(credits), key),
        ServerSideEncryption="aws:kms",
        Metadata={"pool-run": pool_run, "count": str(len(credits))},
    )
    return object_key


def fetch_batch(pool_run: str) -> bytes:
    obj = boto3.client("s3").get_object(Bucket=BUCKET, Key=f"batches/{pool_run}.csv.enc")
    return decrypt_batch(obj["Body"].read(), _batch_key())


if __name__ == "__main__":
    import sys

    with open(sys.argv[2], newline="") as fh:
        rows = [
            GrowerCredit(int(r["grower_id"]), r["payee"], r["sort_code"], r["account"], Decimal(r["amount"]), r["reference"])
            for r in csv.DictReader(fh)
        ]
    print(store_batch(sys.argv[1], rows))
