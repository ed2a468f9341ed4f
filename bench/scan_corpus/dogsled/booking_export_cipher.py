"""Encrypts nightly booking exports before they are dropped on the accountant's SFTP share."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class BookingRow:
    reference: str
    tour: str
    tour_date: date
    pax: int
    amount_nok: str
    channel: str


class ExportCipher:
    """AES-256-GCM with a fresh nonce per export file."""

    nonce_size = 12
    file_header = b"ATX1"

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: bytes, label: str) -> bytes:
        nonce = os.urandom(self.nonce_size)
        return self.file_header + nonce + self._aead.encrypt(nonce, plaintext, label.encode("utf-8"))

    def decrypt(self, blob: bytes, label: str) -> bytes:
        if not blob.startswith(self.file_header):
            raise ValueError("not a booking export")
        body = blob[len(self.file_header):]
        nonce, ciphertext = body[: self.nonce_size], body[self.nonce_size:]
        return self._aead.decrypt(nonce, ciphertext, label.encode("utf-8"))


def to_csv(rows: Iterable[BookingRow]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["reference", "tour", "date", "pax", "amount_nok", "channel"])
    for r in rows:
        writer.writerow([r.reference, r.tour, r.tour_date.isoformat(), r.pax, r.amount_nok, r.channel])
    return buf.getvalue().encode("utf-8")


def write_export(rows: Iterable[BookingRow], day: date, out_dir: str) -> str:
    cipher = ExportCipher(bytes.fromhex(os.environ["EXPORT_KEY_HEX"]))
    label = f"bookings-{day.isoformat()}"
    path = os.path.join(out_dir, f"{label}.csv.enc")
    with open(path, "wb") as fh:
        fh.write(cipher.encrypt(to_csv(rows), label))
    return path
