"""Renders month-end client invoices to PDF and uploads them to the document store."""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger("tapestry.invoices.pdf")

env = Environment(loader=PackageLoader("invoices", "templates"), autoescape=select_autoescape())


@dataclass
class InvoiceDoc:
    number: str
    client_name: str
    lines: list[tuple[str, str]]
    total: str


def render_pdf(invoice: InvoiceDoc, wkhtmltopdf: str = "wkhtmltopdf") -> bytes:
    html = env.get_template("invoice.html").render(invoice=invoice)
    with tempfile.TemporaryDirectory(prefix="invoice-") as workdir:
        html_path = Path(workdir) / "invoice.html"
        pdf_path = Path(workdir) / "invoice.pdf"
        html_path.write_text(html, encoding="utf-8")
        subprocess.run([wkhtmltopdf, "--quiet", str(html_path), str(pdf_path)], check=True, timeout=120)
        return pdf_path.read_bytes()


def upload(invoice: InvoiceDoc, pdf: bytes, bucket: str, s3=None) -> str:
    s3 = s3 or boto3.client("s3")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as spool:
        spool.write(pdf)
        spool.flush()
        key = f"invoices/{invoice.number}.pdf"
        s3.upload_file(spool.name, bucket, key, ExtraArgs={"ContentType": "application/pdf"})
    return key


def run_batch(invoices: list[InvoiceDoc]) -> list[str]:
    bucket = os.environ["INVOICE_BUCKET"]
    keys = []
    for inv in invoices:
        try:
            keys.append(upload(inv, render_pdf(inv), bucket))
        except subprocess.CalledProcessError as exc:
            log.error("PDF render failed for %s (exit %s)", inv.number, exc.returncode)
    log.info("uploaded %d of %d invoices", len(keys), len(invoices))
    return keys
