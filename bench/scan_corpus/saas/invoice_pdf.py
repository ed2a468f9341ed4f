"""Render invoice HTML to PDF with wkhtmltopdf."""
import os
import subprocess
import tempfile
from pathlib import Path

from flask import current_app, render_template

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")


def render_invoice_pdf(invoice, out_dir: Path) -> Path:
    html = render_template("billing/invoice.html", invoice=invoice)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"invoice-{invoice.id}.pdf"

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        src = fh.name
    try:
        title = f"{invoice.customer_name} - Invoice {invoice.number}"
        cmd = f'{WKHTMLTOPDF} --quiet --page-size A4 --title "{title}" {src} {target}'
        subprocess.run(cmd, shell=True, check=True, timeout=60)
    finally:
        os.unlink(src)

    current_app.logger.info("rendered invoice %s for tenant %s", invoice.number, invoice.tenant_id)
    return target
