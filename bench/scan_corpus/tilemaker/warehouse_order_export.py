"""Encrypted order exports for the fulfilment warehouse.

Stock tile orders are picked by a third-party warehouse. Each evening the
day's orders are sent as an encrypted CSV over SFTP.
"""
import csv
import io

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from tilemaker.settings import WAREHOUSE_EXPORT_KEY

FIELDS = ["order_id", "sku", "qty", "ship_name", "ship_postcode"]


def _csv_bytes(orders: list) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(orders)
    return buf.getvalue().encode("utf-8")


def encrypt_export(orders: list, batch_id: str) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(WAREHOUSE_EXPORT_KEY, AES.MODE_GCM, nonce=nonce)
    cipher.update(batch_id.encode())
    ct, tag = cipher.encrypt_and_digest(_csv_bytes(orders))
    return nonce + tag + ct


def decrypt_export(blob: bytes, batch_id: str) -> list:
    nonce, tag, ct = blob[:12], blob[12:28], blob[28:]
    cipher = AES.new(WAREHOUSE_EXPORT_KEY, AES.MODE_GCM, nonce=nonce)
    cipher.update(batch_id.encode())
    data = cipher.decrypt_and_verify(ct, tag)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def export_filename(batch_id: str) -> str:
    return f"orders-{batch_id}.csv.enc"
