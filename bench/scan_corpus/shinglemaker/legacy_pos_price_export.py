"""Exports the nightly price book to the yard's legacy point-of-sale terminals."""

import csv
import io
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shinglemaker.config import settings
from shinglemaker.pricing import current_price_book

BLOCK_BITS = 64


def price_book_csv() -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sku", "description", "grade", "uom", "list_price", "contractor_price"])
    for item in current_price_book():
        writer.writerow(
            [item.sku, item.description, item.grade, item.uom, item.list_price, item.contractor_price]
        )
    return buf.getvalue().encode("latin-1", errors="replace")


def encrypt_for_terminal(data: bytes, key: bytes) -> bytes:
    iv = os.urandom(BLOCK_BITS // 8)
    padder = padding.PKCS7(BLOCK_BITS).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def export_price_book(out_dir: Path = settings.POS_EXPORT_DIR) -> Path:
    key = bytes.fromhex(settings.POS_SHARED_KEY_HEX)
    payload = encrypt_for_terminal(price_book_csv(), key)
    target = out_dir / "PRICEBK.DAT"
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(payload)
    tmp.replace(target)
    return target


if __name__ == "__main__":
    print(export_price_book())
