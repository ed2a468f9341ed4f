"""Nightly export of paid invoices to the bookkeeping bureau.

The bureau's import tool picks up an encrypted CSV from the SFTP drop folder.
The shared key is provisioned through the environment on both sides.
"""
from __future__ import annotations

import base64
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
class PaidInvoice:
    number: str
    booking_ref: str
    customer: str
    net_pence: int
    vat_pence: int
    paid_on: date


def invoices_to_csv(invoices: Iterable[PaidInvoice]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["invoice", "booking", "customer", "net", "vat", "paid_on"])
    for inv in invoices:
        writer.writerow([
            inv.number,
            inv.booking_ref,
            inv.customer,
            f"{inv.net_pence / 100:.2f}",
            f"{inv.vat_pence / 100:.2f}",
            inv.paid_on.isoformat(),
        ])
    return buf.getvalue().encode("utf-8")


class BureauExport:
    def __init__(self, drop_dir: str) -> None:
        self._drop_dir = drop_dir
        self._key = base64.b64decode(os.environ["BUREAU_EXPORT_KEY"])

    def encrypt(self, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(payload, DES3.block_size))

    def write(self, run_date: date, invoices: Iterable[PaidInvoice]) -> str:
        blob = self.encrypt(invoices_to_csv(invoices))
        name = f"invoices-{run_date:%Y%m%d}.csv.enc"
        path = os.path.join(self._drop_dir, name)
        with open(path, "wb") as fh:
            fh.write(blob)
        return path


def run_nightly(repo, drop_dir: str, run_date: date | None = None) -> str:
    run_date = run_date or date.today()
    invoices = [PaidInvoice(**row) for row in repo.paid_on(run_date)]
    return BureauExport(drop_dir).write(run_date, invoices)
