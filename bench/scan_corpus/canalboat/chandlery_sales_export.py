"""Daily export of chandlery sales to the accounts package.

The boatyard chandlery sells windlasses, rope, gas and pump-out cards.
Each day's sales are encrypted and dropped in the accounts inbox bucket
where the bookkeeping service picks them up.
"""
import csv
import io
import json
from datetime import date

import boto3
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from canalboat.reports import chandlery_sales_for_day
from canalboat.settings import settings

FIELDS = ("sku", "description", "quantity", "unit_price", "vat_rate", "till")


def _csv_bytes(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _seal(plaintext: bytes, day: date) -> bytes:
    key = bytes.fromhex(settings.ACCOUNTS_EXPORT_KEY_HEX)
    cipher = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(12))
    cipher.update(day.isoformat().encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    envelope = {"v": 1, "nonce": cipher.nonce.hex(), "tag": tag.hex(), "data": ciphertext.hex()}
    return json.dumps(envelope).encode("ascii")


def export_day(day: date) -> str:
    rows = chandlery_sales_for_day(day)
    key = f"chandlery/{day:%Y/%m}/sales-{day.isoformat()}.json"
    boto3.client("s3").put_object(
        Bucket=settings.ACCOUNTS_INBOX_BUCKET,
        Key=key,
        Body=_seal(_csv_bytes(rows), day),
        ServerSideEncryption="aws:kms",
    )
    return key


if __name__ == "__main__":
    print(export_day(date.today()))
