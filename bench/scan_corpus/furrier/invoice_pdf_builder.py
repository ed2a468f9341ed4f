"""Renders alteration and storage invoices to PDF with wkhtmltopdf."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("furrier", "templates/invoices"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"


def _totals(lines: list) -> dict:
    subtotal = sum((Decimal(str(l["amount"])) for l in lines), Decimal("0"))
    tax = (subtotal * Decimal("0.08875")).quantize(Decimal("0.01"))
    return {"subtotal": subtotal, "tax": tax, "total": subtotal + tax}


def render_html(invoice: dict) -> str:
    template = env.get_template("invoice.html")
    return template.render(invoice=invoice, **_totals(invoice["lines"]))


def build_pdf(invoice: dict, title: str | None = None) -> bytes:
    html = render_html(invoice)
    with tempfile.TemporaryDirectory(prefix="invoice-") as workdir:
        src = Path(workdir) / "invoice.html"
        out = Path(workdir) / "invoice.pdf"
        src.write_text(html, encoding="utf-8")
        cmd = [
            WKHTMLTOPDF,
            "--quiet",
            "--page-size", "Letter",
            "--title", title or f"Invoice {invoice['number']}",
            "--disable-javascript",
            str(src),
            str(out),
        ]
        proc = subprocess.run(cmd, capture_output=True, timeout=60)
        if proc.returncode != 0:
            raise RuntimeError(
                f"wkhtmltopdf failed for invoice {invoice['number']}: "
                f"{proc.stderr.decode(errors='replace')[:500]}"
            )
        return out.read_bytes()


def invoice_filename(invoice: dict) -> str:
    customer = "".join(ch for ch in invoice["customer_name"] if ch.isalnum())[:20]
    return f"{invoice['number']}-{customer or 'customer'}.pdf"
