"""Encrypted CSV exports of patient demographics for the reference lab partner.

The partner pulls a nightly file per batch from the SFTP drop; the shared
key is rotated quarterly and provisioned via PARTNER_EXPORT_KEY.
"""
import csv
import io
import os
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from lims.repository import SampleRepository

EXPORT_COLUMNS = ["accession", "mrn", "last_name", "first_name", "dob", "sex", "test_code"]


@dataclass
class ExportResult:
    filename: str
    payload: bytes
    row_count: int


class PartnerExport:
    def __init__(self, repo: SampleRepository, key: bytes):
        if len(key) != 32:
            raise ValueError("partner export key must be 256 bits")
        self._repo = repo
        self._key = key

    @classmethod
    def from_env(cls, repo: SampleRepository) -> "PartnerExport":
        return cls(repo, bytes.fromhex(os.environ["PARTNER_EXPORT_KEY"]))

    def _rows(self, batch_id: str):
        for s in self._repo.samples_in_batch(batch_id):
            yield [s.accession, s.mrn, s.last_name, s.first_name,
                   s.dob.isoformat(), s.sex, s.test_code]

    def _encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def build(self, batch_id: str, run_date: date | None = None) -> ExportResult:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(EXPORT_COLUMNS)
        count = 0
        for row in self._rows(batch_id):
            writer.writerow(row)
            count += 1
        stamp = (run_date or date.today()).strftime("%Y%m%d")
        return ExportResult(
            filename=f"demographics_{batch_id}_{stamp}.csv.enc",
            payload=self._encrypt(buf.getvalue().encode("utf-8")),
            row_count=count,
        )
