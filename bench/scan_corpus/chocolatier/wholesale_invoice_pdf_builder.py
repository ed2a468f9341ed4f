"""Builds PDF invoices for wholesale orders and uploads them to storage.

The HTML invoice is rendered to PDF by wkhtmltopdf, which needs a real file
on disk for both input and output before the result is uploaded to S3.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import boto3


@dataclass
class WholesaleInvoice:
    number: str
    customer: str
    lines: list[tuple[str, int, Decimal]]

    def total(self) -> Decimal:
        return sum((qty * price for _, qty, price in self.lines), Decimal("0"))


def render_html(invoice: WholesaleInvoice) -> str:
    from html import escape

    rows = "".join(
        f"<tr><td>{escape(desc)}</td><td>{qty}</td><td>{price:.2f}</td></tr>"
        for desc, qty, price in invoice.lines
    )
    return (
        f"<html><body><h1>Invoice {escape(invoice.number)}</h1>"
        f"<p>{escape(invoice.customer)}</p><table>{rows}</table>"
        f"<p>Total: {invoice.total():.2f}</p></body></html>"
    )


def render_pdf(invoice: WholesaleInvoice) -> bytes:
    with tempfile.TemporaryDirectory(prefix="invoice-") as workdir:
        fd, html_path = tempfile.mkstemp(suffix=".html", dir=workdir)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(render_html(invoice))
        pdf_path = Path(workdir) / f"{invoice.number}.pdf"
        subprocess.run(["wkhtmltopdf", "--quiet", html_path, str(pdf_path)], check=True, timeout=120)
        return pdf_path.read_bytes()


def publish(invoice: WholesaleInvoice) -> str:
    bucket = os.environ["INVOICE_BUCKET"]
    key = f"wholesale/invoices/{invoice.number}.pdf"
    boto3.client("s3").put_object(
        Bucket=bucket, Key=key, Body=render_pdf(invoice),
        ContentType="application/pdf", ServerSideEncryption="aws:kms",
    )
    return key
