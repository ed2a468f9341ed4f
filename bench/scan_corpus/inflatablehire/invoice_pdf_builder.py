"""Builds hire invoices as PDFs by rendering HTML and converting it with wkhtmltopdf."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("bookings", "templates"),
    autoescape=select_autoescape(["html"]),
)
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"


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
    event_address: str
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0"))


def html_to_pdf(html: str, target: Path, title: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "invoice.html"
        source.write_text(html, encoding="utf-8")
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--title", title, str(source), str(target)],
            check=True,
            timeout=60,
        )


def build_invoice(invoice: Invoice, out_dir: Path) -> Path:
    html = env.get_template("invoice.html").render(invoice=invoice)
    target = out_dir / f"invoice_{invoice.number}.pdf"
    html_to_pdf(html, target, title=f"Invoice {invoice.number} - {invoice.customer_name}")
    return target
