"""Encryption for order files exchanged with the legacy regional distributor.

Their AS/400 import job only understands the format below: 8-byte IV followed
by the CBC ciphertext, base64 encoded, one file per purchase order.
"""
import base64
import os
from pathlib import Path

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BLOCK = 8


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["REGIONAL_DIST_KEY"])
    return _TDES.adjust_key_parity(key)


def encrypt_order_file(plaintext: bytes, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    iv = get_random_bytes(BLOCK)
    cipher = _TDES.new(key, _TDES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(plaintext, BLOCK)))


def decrypt_order_file(blob: bytes, key: bytes | None = None) -> bytes:
    key = key or _load_key()
    raw = base64.b64decode(blob)
    iv, body = raw[:BLOCK], raw[BLOCK:]
    return unpad(_TDES.new(key, _TDES.MODE_CBC, iv).decrypt(body), BLOCK)


def export_purchase_orders(orders: dict[str, bytes], outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    key = _load_key()
    paths = []
    for po_number, doc in orders.items():
        target = outdir / f"PO{po_number}.enc"
        target.write_bytes(encrypt_order_file(doc, key))
        paths.append(target)
    return paths
