"""Renders final-balance invoices for brides and hands them to the printer queue."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape


@dataclass
class InvoiceLine:
    description: str
    amount: Decimal


@dataclass
class Invoice:
    number: str
    bride: str
    wedding_date: str
    lines: list[InvoiceLine]
    deposit_paid: Decimal

    @property
    def balance(self) -> Decimal:
        return sum((l.amount for l in self.lines), Decimal("0")) - self.deposit_paid


class InvoiceRenderer:
    scratch_options = {"prefix": "invoice-", "suffix": ".html"}

    def __init__(self, template_dir: Path, printer: str = "counter") -> None:
        self.env = Environment(loader=FileSystemLoader(template_dir), autoescape=select_autoescape(["html"]))
        self.printer = printer

    def _html(self, invoice: Invoice) -> str:
        return self.env.get_template("invoice.html").render(invoice=invoice)

    def render_pdf(self, invoice: Invoice, out_dir: Path) -> Path:
        fd, html_path = tempfile.mkstemp(**self.scratch_options)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self._html(invoice))
            pdf_path = out_dir / f"{invoice.number}.pdf"
            subprocess.run(["wkhtmltopdf", "--quiet", html_path, str(pdf_path)], check=True, timeout=60)
            return pdf_path
        finally:
            os.unlink(html_path)

    def print_invoice(self, invoice: Invoice, out_dir: Path) -> None:
        pdf = self.render_pdf(invoice, out_dir)
        subprocess.run(["lp", "-d", self.printer, str(pdf)], check=True, timeout=30)
