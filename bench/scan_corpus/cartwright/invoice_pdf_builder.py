"""Builds PDF invoices for finished commissions and emails them to the customer."""
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger("office.invoices")

TEMPLATES = os.environ.get("INVOICE_TEMPLATES", "/srv/harrowspoke/templates")
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class Invoice:
    number: str
    customer: str
    email: str
    commission_ref: str
    lines: list[tuple[str, Decimal]]

    @property
    def total(self) -> Decimal:
        return sum((amount for _, amount in self.lines), Decimal("0"))


def _render_html(invoice: Invoice) -> str:
    return _env.get_template("invoice.html").render(invoice=invoice)


def build_pdf(invoice: Invoice) -> bytes:
    html = _render_html(invoice)
    html_path = tempfile.mktemp(suffix=".html", prefix=f"inv-{invoice.number}-")
    pdf_path = html_path[:-5] + ".pdf"
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    try:
        subprocess.run(["wkhtmltopdf", "--quiet", html_path, pdf_path], check=True, timeout=90)
        with open(pdf_path, "rb") as fh:
            return fh.read()
    finally:
        for p in (html_path, pdf_path):
            if os.path.exists(p):
                os.remove(p)


def send_invoice(invoice: Invoice, mailer) -> None:
    pdf = build_pdf(invoice)
    mailer.send(
        to=invoice.email,
        subject=f"Invoice {invoice.number} - {invoice.commission_ref}",
        body=f"Dear {invoice.customer},\n\nPlease find your invoice attached.\n",
        attachments=[(f"{invoice.number}.pdf", pdf, "application/pdf")],
    )
    log.info("sent invoice %s (GBP %s) to %s", invoice.number, invoice.total, invoice.email)
