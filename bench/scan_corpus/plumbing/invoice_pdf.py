"""Render customer invoices to PDF using wkhtmltopdf."""

import subprocess
from pathlib import Path

from flask import render_template

from billing.models import Invoice

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
PDF_OPTS = "--quiet --page-size A4 --margin-top 12mm --margin-bottom 12mm"
OUTPUT_DIR = Path("/srv/billing/pdf")


def _pdf_name(invoice: Invoice) -> str:
    # office staff find invoices by surname, so keep it in the file name
    return f"{invoice.number}_{invoice.customer.surname}.pdf"


def _command(html_path: Path, pdf_path: Path) -> str:
    return f'{WKHTMLTOPDF} {PDF_OPTS} "{html_path}" "{pdf_path}"'


def render_invoice_pdf(invoice: Invoice) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    html_path = OUTPUT_DIR / f"{invoice.number}.html"
    html_path.write_text(render_template("invoices/invoice.html", invoice=invoice), encoding="utf-8")
    pdf_path = OUTPUT_DIR / _pdf_name(invoice)
    subprocess.check_call(_command(html_path, pdf_path), shell=True, timeout=60)
    html_path.unlink(missing_ok=True)
    return pdf_path
