"""Nightly booking export for the external accounting bureau.

Completed treatment bookings and voucher redemptions are written to CSV,
encrypted with the shared key agreed with the bureau and dropped on SFTP.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class BookingLine:
    booking_ref: str
    site: str
    treatment: str
    therapist_id: int
    amount_pence: int


class BureauExportCipher:
    cipher_module = DES3
    mode = DES3.MODE_CBC
    key_env = "BUREAU_EXPORT_KEY"

    def __init__(self) -> None:
        self.key = bytes.fromhex(os.environ[self.key_env])

    def seal(self, plaintext: bytes) -> bytes:
        iv = get_random_bytes(self.cipher_module.block_size)
        cipher = self.cipher_module.new(self.key, self.mode, iv=iv)
        return iv + cipher.encrypt(pad(plaintext, self.cipher_module.block_size))


def render_csv(lines: Iterable[BookingLine]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["booking_ref", "site", "treatment", "therapist_id", "amount_pence"])
    for line in lines:
        writer.writerow(
            [line.booking_ref, line.site, line.treatment, line.therapist_id, line.amount_pence]
        )
    return buffer.getvalue().encode("utf-8")


def write_export(lines: Iterable[BookingLine], outbox: str, day: date) -> str:
    sealed = BureauExportCipher().seal(render_csv(lines))
    path = os.path.join(outbox, f"bookings-{day.isoformat()}.csv.enc")
    with open(path, "wb") as handle:
        handle.write(sealed)
    return path
