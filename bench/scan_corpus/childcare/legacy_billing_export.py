"""Monthly invoice export for the finance team's accounting bridge.

Builds a CSV of all invoices raised for a site in a billing period and drops
an encrypted copy onto the finance share, where the accounting bridge picks
it up overnight.
"""
import csv
import io
import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)

EXPORT_COLUMNS = ["invoice_no", "account_ref", "child_name", "period", "funded_hours", "amount_gbp"]


@dataclass
class InvoiceRow:
    invoice_no: str
    account_ref: str
    child_name: str
    period: str
    funded_hours: Decimal
    amount_gbp: Decimal


def fetch_invoices(conn, site_code: str, period_start: date, period_end: date) -> list[InvoiceRow]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT invoice_no, account_ref, child_name, period, funded_hours, amount_gbp "
            "FROM billing_invoices WHERE site_code = %s AND issued_on BETWEEN %s AND %s "
            "ORDER BY invoice_no",
            (site_code, period_start, period_end),
        )
        return [InvoiceRow(*row) for row in cur.fetchall()]


def render_csv(rows: list[InvoiceRow]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    for r in rows:
        writer.writerow([r.invoice_no, r.account_ref, r.child_name, r.period, r.funded_hours, f"{r.amount_gbp:.2f}"])
    return buf.getvalue().encode("utf-8")


def encrypt_for_bridge(payload: bytes) -> bytes:
    key = bytes.fromhex(os.environ["FINANCE_BRIDGE_KEY"])
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def export_period(conn, site_code: str, period_start: date, period_end: date, out_dir: Path) -> Path:
    rows = fetch_invoices(conn, site_code, period_start, period_end)
    target = out_dir / f"invoices_{site_code}_{period_start:%Y%m}.csv.enc"
    target.write_bytes(encrypt_for_bridge(render_csv(rows)))
    log.info("exported %d invoices for %s to %s", len(rows), site_code, target)
    return target
