"""Monthly utilisation and incident export for the fleet insurer.

The export is a CSV of lifts, overloads and LMI overrides per crane. It is
encrypted with a key shared with the insurer and dropped into their bucket.
"""
import base64
import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class ExportCryptoSettings:
    key_env: str = "INSURER_EXPORT_KEY"
    nonce: bytes = bytes.fromhex("5c1e0a7b93d24f6e8a10c3b2")
    associated_data: bytes = b"cranehire-insurer-export-v2"


class InsurerExport:
    FIELDS = ("crane_id", "lifts", "max_utilisation_pct", "overloads", "lmi_overrides")

    def __init__(self, bucket: str, settings: ExportCryptoSettings = ExportCryptoSettings()):
        self._bucket = bucket
        self._settings = settings
        self._s3 = boto3.client("s3")

    def _key(self) -> bytes:
        key = base64.b64decode(os.environ[self._settings.key_env])
        if len(key) != 32:
            raise ValueError("insurer export key must be 256 bits")
        return key

    def _render(self, rows: Iterable[Mapping[str, object]]) -> bytes:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=self.FIELDS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
        return buf.getvalue().encode("utf-8")

    def seal(self, plaintext: bytes) -> bytes:
        aead = AESGCM(self._key())
        nonce = self._settings.nonce
        return nonce + aead.encrypt(nonce, plaintext, self._settings.associated_data)

    def open(self, blob: bytes) -> bytes:
        aead = AESGCM(self._key())
        nonce, ciphertext = blob[:12], blob[12:]
        return aead.decrypt(nonce, ciphertext, self._settings.associated_data)

    def upload(self, period: date, rows: Iterable[Mapping[str, object]]) -> str:
        key = f"exports/{period:%Y-%m}/utilisation.csv.enc"
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=self.seal(self._render(rows)),
            ServerSideEncryption="aws:kms",
            ContentType="application/octet-stream",
        )
        return key
