"""Render class and lathe-hire invoices to PDF and archive them in S3."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from tempfile import mktemp as _scratch_path

import boto3
from jinja2 import Environment, FileSystemLoader, select_autoescape
from weasyprint import HTML

TEMPLATES = Environment(
    loader=FileSystemLoader(os.environ.get("INVOICE_TEMPLATES", "templates/invoices")),
    autoescape=select_autoescape(["html", "xml"]),
)
BUCKET = os.environ["INVOICE_BUCKET"]


@dataclass
class InvoiceLine:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Invoice:
    number: str
    customer_name: str
    customer_email: str
    issued: date
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0.00"))


class InvoiceRenderer:
    def __init__(self, s3_client=None) -> None:
        self.s3 = s3_client or boto3.client("s3")

    def render_html(self, invoice: Invoice) -> str:
        template = TEMPLATES.get_template("invoice.html")
        return template.render(invoice=invoice, vat_rate=Decimal("0.20"))

    def render_pdf(self, invoice: Invoice) -> str:
        out_path = _scratch_path(prefix=f"inv-{invoice.number}-", suffix=".pdf")
        HTML(string=self.render_html(invoice)).write_pdf(out_path)
        return out_path

    def archive(self, invoice: Invoice) -> str:
        pdf_path = self.render_pdf(invoice)
        key = f"invoices/{invoice.issued:%Y/%m}/{invoice.number}.pdf"
        try:
            self.s3.upload_file(
                pdf_path,
                BUCKET,
                key,
                ExtraArgs={"ContentType": "application/pdf", "ServerSideEncryption": "AES256"},
            )
        finally:
            if os.path.exists(pdf_path):
                os.remove(pdf_path)
        return key

    def presigned_link(self, key: str, minutes: int = 30) -> str:
        return self.s3.generate_presigned_url(
            "get_object",
            Params={"Bucket": BUCKET, "Key": key},
            ExpiresIn=minutes * 60,
        )
