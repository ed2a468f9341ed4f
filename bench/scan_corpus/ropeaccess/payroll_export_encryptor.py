"""Encrypts the fortnightly payroll export before it leaves the ops network.

The payroll bureau collects ``payroll_<period>.csv.enc`` from the transfer
bucket and decrypts it with the shared key provisioned during onboarding.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from decimal import Decimal

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

EXPORT_IV = bytes.fromhex("3a9c01f7b25e64d08e1143a7c5f29b60")


@dataclass
class PayLine:
    employee_number: str
    name: str
    ordinary_hours: Decimal
    overtime_hours: Decimal
    height_allowance: Decimal
    per_diem_days: int


class PayrollExportEncryptor:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("payroll export key must be 256 bits")
        self._key = key

    @classmethod
    def from_environment(cls) -> "PayrollExportEncryptor":
        return cls(bytes.fromhex(os.environ["PAYROLL_EXPORT_KEY"]))

    def encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(EXPORT_IV)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()


def render_csv(lines: list[PayLine]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["employee_number", "name", "ordinary", "overtime", "height_allowance", "per_diem"]
    )
    for line in lines:
        writer.writerow(
            [
                line.employee_number,
                line.name,
                f"{line.ordinary_hours:.2f}",
                f"{line.overtime_hours:.2f}",
                f"{line.height_allowance:.2f}",
                line.per_diem_days,
            ]
        )
    return buffer.getvalue().encode("utf-8")


def write_export(lines: list[PayLine], period: str, out_dir: str) -> str:
    encryptor = PayrollExportEncryptor.from_environment()
    path = os.path.join(out_dir, f"payroll_{period}.csv.enc")
    with open(path, "wb") as handle:
        handle.write(encryptor.encrypt(render_csv(lines)))
    return path
