"""Field-level encryption for the nightly passenger manifest export.

Border agencies receive a CSV per sailing. Passport numbers and dates of
birth are encrypted with a key that is exchanged out of band so that the
file can travel through the agency's shared drop box.
"""
import base64
import csv
import os
from pathlib import Path
from typing import Iterable, Mapping

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SENSITIVE_COLUMNS = ("passport_no", "date_of_birth")
EXPORT_COLUMNS = ("booking_ref", "surname", "given_names", "nationality",
                  "passport_no", "date_of_birth", "cabin")


def load_field_key() -> bytes:
    key = base64.b64decode(os.environ["MANIFEST_FIELD_KEY"])
    if len(key) != 32:
        raise ValueError("MANIFEST_FIELD_KEY must decode to 32 bytes")
    return key


class FieldCipher:
    def __init__(self, key: bytes):
        self._cipher = Cipher(algorithms.AES(key), modes.ECB())

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")


def export_manifest(rows: Iterable[Mapping[str, str]], out_path: Path) -> int:
    cipher = FieldCipher(load_field_key())
    count = 0
    with out_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            record = dict(row)
            for col in SENSITIVE_COLUMNS:
                if record.get(col):
                    record[col] = cipher.encrypt(record[col])
            writer.writerow(record)
            count += 1
    return count
