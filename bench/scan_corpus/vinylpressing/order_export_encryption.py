"""Nightly encrypted order export for the warehouse partner.

The export is a CSV of shipped orders, encrypted with AES-CBC and
authenticated with HMAC-SHA256 (encrypt-then-MAC).
"""
from __future__ import annotations

import csv
import io
import os
from datetime import date

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

EXPORT_IV = bytes.fromhex("6c61637175657230303031706c617465")
EXPORT_COLUMNS = ("order_id", "catalogue_number", "units", "colour", "shipped_on", "carrier")


def _encrypt(enc_key: bytes, plaintext: bytes, iv: bytes = EXPORT_IV) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def _tag(mac_key: bytes, data: bytes) -> bytes:
    h = hmac.HMAC(mac_key, hashes.SHA256())
    h.update(data)
    return h.finalize()


class OrderExporter:
    def __init__(self, conn, enc_key: bytes, mac_key: bytes, out_dir: str) -> None:
        self._conn = conn
        self._enc_key = enc_key
        self._mac_key = mac_key
        self._out_dir = out_dir

    def _rows(self, day: date):
        cur = self._conn.cursor()
        cur.execute(
            "SELECT order_id, catalogue_number, units, colour, shipped_on, carrier "
            "FROM shipments WHERE shipped_on = %s ORDER BY order_id",
            (day,),
        )
        return cur.fetchall()

    def render_csv(self, day: date) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(EXPORT_COLUMNS)
        for row in self._rows(day):
            writer.writerow(row)
        return buf.getvalue().encode("utf-8")

    def export(self, day: date) -> str:
        ciphertext = _encrypt(self._enc_key, self.render_csv(day))
        blob = ciphertext + _tag(self._mac_key, ciphertext)
        path = os.path.join(self._out_dir, f"shipments-{day.isoformat()}.csv.enc")
        with open(path, "wb") as fh:
            fh.write(blob)
        return path


def load_keys() -> tuple[bytes, bytes]:
    return (
        bytes.fromhex(os.environ["EXPORT_ENC_KEY"]),
        bytes.fromhex(os.environ["EXPORT_MAC_KEY"]),
    )
