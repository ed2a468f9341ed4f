"""Verifies signed bulk-meter reading files that municipalities upload
each month so that disputed volumes can be settled against our own
custody-transfer meters before invoicing."""
from __future__ import annotations

import binascii
import csv
import io
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hmac import HMAC

from billing.keys import municipality_upload_key


@dataclass(frozen=True)
class MeterReading:
    meter_id: str
    read_at: str
    totaliser_m3: float


class UploadRejected(Exception):
    pass


class SignedUpload:
    def __init__(self, municipality_code: str, payload: bytes, signature_hex: str) -> None:
        self.municipality_code = municipality_code
        self.payload = payload
        self.signature_hex = signature_hex

    def _mac(self) -> HMAC:
        mac = HMAC(municipality_upload_key(self.municipality_code), hashes.SHA256())
        mac.update(self.municipality_code.encode() + b"|" + self.payload)
        return mac

    def verify(self) -> None:
        try:
            presented = binascii.unhexlify(self.signature_hex.strip())
        except binascii.Error as exc:
            raise UploadRejected("signature is not hex") from exc
        try:
            self._mac().verify(presented)
        except InvalidSignature as exc:
            raise UploadRejected("signature mismatch") from exc

    def readings(self) -> list[MeterReading]:
        self.verify()
        reader = csv.DictReader(io.StringIO(self.payload.decode("utf-8")))
        return [
            MeterReading(row["meter_id"], row["read_at"], float(row["totaliser_m3"]))
            for row in reader
        ]
