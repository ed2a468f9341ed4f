"""Nightly export of outgoing loan schedules for the regional partner network.

The partner's collections system imports an encrypted CSV from the shared
outbox. Their importer only understands the cipher suite agreed in the 2014
data-sharing agreement.
"""
import csv
import io
import logging
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger("exports.partner_loans")

OUTBOX = Path(os.environ.get("PARTNER_OUTBOX", "/srv/exports/partner"))
FIELDS = [
    "loan_ref",
    "accession_number",
    "title",
    "borrower",
    "start_date",
    "end_date",
    "insured_value",
]


def _rows(loans):
    for loan in loans:
        yield {
            "loan_ref": loan.reference,
            "accession_number": loan.object.accession_number,
            "title": loan.object.title,
            "borrower": loan.borrower.name,
            "start_date": loan.start_date.isoformat(),
            "end_date": loan.end_date.isoformat() if loan.end_date else "",
            "insured_value": f"{loan.insured_value:.2f}",
        }


def build_csv(loans) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(_rows(loans))
    return buf.getvalue().encode("utf-8")


def encrypt_for_partner(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def export(loans, run_date: date | None = None) -> Path:
    run_date = run_date or date.today()
    key = bytes.fromhex(os.environ["PARTNER_EXPORT_KEY"])
    blob = encrypt_for_partner(build_csv(loans), key)
    OUTBOX.mkdir(parents=True, exist_ok=True)
    target = OUTBOX / f"loans_{run_date:%Y%m%d}.csv.enc"
    target.write_bytes(blob)
    log.info("Wrote %d bytes of loan data to %s", len(blob), target)
    return target
