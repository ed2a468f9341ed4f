"""Nightly invoice export for the accounting package (AccuVet 7+).

AccuVet 7 dropped the old Blowfish drop format; files are now AES-256-GCM with
nonce and tag prepended to the ciphertext.
"""
import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from Crypto.Cipher import AES


@dataclass
class ExportSettings:
    outbox: Path
    key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["ACCUVET_EXPORT_KEY"]))
    fields: tuple[str, ...] = ("invoice_no", "owner_account", "issued_on", "net", "vat", "total")


class AccountingExporter:
    def __init__(self, invoices_repo, settings: ExportSettings):
        if len(settings.key) != 32:
            raise ValueError("export key must be 256 bits")
        self._repo = invoices_repo
        self._settings = settings

    def _render(self, invoices) -> bytes:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=self._settings.fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(inv.as_dict() for inv in invoices)
        return buf.getvalue().encode("utf-8")

    def _encrypt(self, payload: bytes, day: date) -> bytes:
        cipher = AES.new(self._settings.key, AES.MODE_GCM)
        cipher.update(day.isoformat().encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return cipher.nonce + tag + ciphertext

    def export(self, day: date) -> Path:
        blob = self._encrypt(self._render(self._repo.for_day(day)), day)
        target = self._settings.outbox / f"invoices_{day:%Y%m%d}.gcm"
        target.write_bytes(blob)
        return target
