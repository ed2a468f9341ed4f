"""Encrypts nightly feed order exports sent to the merchant's SFTP drop.

The feed merchant's legacy ordering system only imports files encrypted with
one of a small set of agreed ciphers; the choice lives in ``ExportSettings``.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import Iterable, Mapping

from Crypto.Cipher import AES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

CIPHER_MODULES = {
    "aes": AES,
    "blowfish": Blowfish,
}


@dataclass(frozen=True)
class ExportSettings:
    cipher_name: str = "blowfish"
    key_env: str = "FEED_EXPORT_KEY"
    delimiter: str = ";"


@dataclass
class FeedOrderLine:
    order_ref: str
    product_code: str
    description: str
    bags: int
    yard: str


def _render_csv(lines: Iterable[FeedOrderLine], delimiter: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["order_ref", "product_code", "description", "bags", "yard"])
    for line in lines:
        writer.writerow([line.order_ref, line.product_code, line.description, line.bags, line.yard])
    return buffer.getvalue().encode("utf-8")


class FeedOrderExporter:
    def __init__(self, settings: ExportSettings = ExportSettings(), env: Mapping[str, str] = os.environ):
        self._settings = settings
        self._key = bytes.fromhex(env[settings.key_env])
        self._module = CIPHER_MODULES[settings.cipher_name]

    def encrypt(self, lines: Iterable[FeedOrderLine]) -> bytes:
        plaintext = _render_csv(lines, self._settings.delimiter)
        block = self._module.block_size
        iv = get_random_bytes(block)
        cipher = self._module.new(self._key, self._module.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(plaintext, block))

    def write_export(self, lines: Iterable[FeedOrderLine], out_dir: str, run_date: str) -> str:
        path = os.path.join(out_dir, f"feed-orders-{run_date}.enc")
        with open(path, "wb") as handle:
            handle.write(self.encrypt(lines))
        return path
