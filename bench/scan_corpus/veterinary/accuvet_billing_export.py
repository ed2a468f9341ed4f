"""Nightly export of invoices to the AccuVet 6 accounting package.

AccuVet picks up encrypted CSV drops from the shared outbox folder.
"""
import csv
import io
import os
from datetime import date

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

FIELDS = ("invoice_no", "owner_account", "issued_on", "net", "vat", "total")


class LegacyBillingExporter:
    def __init__(self, invoices_repo, outbox_dir: str):
        self._repo = invoices_repo
        self._outbox = outbox_dir
        self._key = bytes.fromhex(os.environ["ACCUVET_EXPORT_KEY"])

    def _to_csv(self, invoices) -> bytes:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for inv in invoices:
            writer.writerow(inv.as_dict())
        return buf.getvalue().encode("utf-8")

    def _encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(Blowfish.block_size)
        cipher = Blowfish.new(self._key, Blowfish.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(payload, Blowfish.block_size))

    def export(self, day: date) -> str:
        invoices = self._repo.for_day(day)
        blob = self._encrypt(self._to_csv(invoices))
        path = os.path.join(self._outbox, f"invoices_{day:%Y%m%d}.bin")
        with open(path, "wb") as fh:
            fh.write(blob)
        return path
