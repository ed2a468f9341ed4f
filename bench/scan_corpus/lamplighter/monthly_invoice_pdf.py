"""Monthly maintenance invoice PDFs for each council contract.

The invoice lists routine and reactive jobs, parts used and the energy
pass-through charge. HTML is rendered with Jinja2 and converted to PDF with
wkhtmltopdf before being attached to the billing record.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

from lamplighter.billing import attach_invoice_pdf, invoice_lines
from lamplighter.settings import settings

env = Environment(loader=PackageLoader("lamplighter", "templates"), autoescape=select_autoescape(["html"]))

WKHTMLTOPDF = settings.WKHTMLTOPDF_BINARY
VAT_RATE = Decimal("0.20")


def render_html(contract_id: int, period: str) -> str:
    lines = invoice_lines(contract_id, period)
    net = sum((line.amount for line in lines), Decimal("0"))
    vat = (net * VAT_RATE).quantize(Decimal("0.01"))
    return env.get_template("billing/invoice.html").render(
        contract_id=contract_id, period=period, lines=lines, net=net, vat=vat, gross=net + vat
    )


def html_to_pdf(html: str) -> bytes:
    out_path = tempfile.mktemp(prefix="invoice-", suffix=".pdf", dir=settings.BILLING_WORK_DIR)
    try:
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", "-", out_path],
            input=html.encode("utf-8"),
            check=True,
            timeout=120,
        )
        with open(out_path, "rb") as fh:
            return fh.read()
    finally:
        if os.path.exists(out_path):
            os.remove(out_path)


def build_invoice(contract_id: int, period: str) -> int:
    pdf = html_to_pdf(render_html(contract_id, period))
    attach_invoice_pdf(contract_id, period, pdf)
    return len(pdf)
