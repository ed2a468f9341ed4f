"""Bridge to the market-booth point-of-sale terminal used at craft fairs.

Sales captured offline at fairs are uploaded as encrypted batch files; this
module writes stock levels to the terminal and reads back the sales batch.
"""
import json
import os
import struct

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad

from potter.config import settings

BLOCK = Blowfish.block_size
HEADER = struct.Struct(">4sH")
MAGIC = b"PTRB"


def _batch_cipher(iv: bytes):
    key = bytes.fromhex(settings.POS_BATCH_KEY_HEX)
    return Blowfish.new(key, Blowfish.MODE_CBC, iv)


def encrypt_batch(records: list[dict]) -> bytes:
    iv = os.urandom(BLOCK)
    body = _batch_cipher(iv).encrypt(pad(json.dumps(records).encode(), BLOCK))
    return HEADER.pack(MAGIC, len(records)) + iv + body


def decrypt_batch(blob: bytes) -> list[dict]:
    magic, count = HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise ValueError("not a POS batch file")
    iv = blob[HEADER.size : HEADER.size + BLOCK]
    records = json.loads(unpad(_batch_cipher(iv).decrypt(blob[HEADER.size + BLOCK :]), BLOCK))
    if len(records) != count:
        raise ValueError("batch record count mismatch")
    return records


def stock_snapshot(products) -> bytes:
    return encrypt_batch(
        [{"sku": p.sku, "qty": p.booth_stock, "price": str(p.fair_price)} for p in products]
    )


def import_fair_sales(path: str) -> list[dict]:
    with open(path, "rb") as fh:
        return decrypt_batch(fh.read())
