"""Outbound parts orders for the merchant's EDI drop.

Each order batch is written as a CSV, encrypted with the key agreed with the
merchant, and uploaded by the nightly job.
"""

import csv
import io
import os
from pathlib import Path

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

ORDER_FIELDS = ["order_ref", "part_number", "quantity", "branch_code", "job_ref"]


def _order_key() -> bytes:
    return bytes.fromhex(os.environ["MERCHANT_EDI_KEY"])


def render_csv(lines: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ORDER_FIELDS)
    writer.writeheader()
    for line in lines:
        writer.writerow({k: line[k] for k in ORDER_FIELDS})
    return buf.getvalue().encode("utf-8")


def encrypt_batch(payload: bytes, key: bytes | None = None) -> bytes:
    iv = get_random_bytes(_BF.block_size)
    cipher = _BF.new(key or _order_key(), _BF.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, _BF.block_size))


def write_batch(lines: list[dict], outbox: Path, batch_id: str) -> Path:
    outbox.mkdir(parents=True, exist_ok=True)
    target = outbox / f"orders_{batch_id}.enc"
    target.write_bytes(encrypt_batch(render_csv(lines)))
    return target
