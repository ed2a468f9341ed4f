"""Encrypted CSV exports of patient demographics for the reference lab partner.

Each file is AES-256-GCM encrypted; the 12-byte nonce is prepended and the
batch id is bound as associated data so files cannot be swapped.
"""
import csv
import io
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lims.repository import SampleRepository

EXPORT_COLUMNS = ["accession", "mrn", "last_name", "first_name", "dob", "sex", "test_code"]
NONCE_BYTES = 12


@dataclass
class ExportResult:
    filename: str
    payload: bytes
    row_count: int


class PartnerExport:
    def __init__(self, repo: SampleRepository, key: bytes):
        self._repo = repo
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, repo: SampleRepository) -> "PartnerExport":
        return cls(repo, bytes.fromhex(os.environ["PARTNER_EXPORT_KEY"]))

    def _encrypt(self, data: bytes, batch_id: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, batch_id.encode("utf-8"))

    def build(self, batch_id: str) -> ExportResult:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(EXPORT_COLUMNS)
        count = 0
        for s in self._repo.samples_in_batch(batch_id):
            writer.writerow([s.accession, s.mrn, s.last_name, s.first_name,
                             s.dob.isoformat(), s.sex, s.test_code])
            count += 1
        return ExportResult(
            filename=f"demographics_{batch_id}.csv.enc",
            payload=self._encrypt(buf.getvalue().encode("utf-8"), batch_id),
            row_count=count,
        )
