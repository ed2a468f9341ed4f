"""Render invoices to PDF with wkhtmltopdf."""
import logging
import os
import subprocess
import tempfile

from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

_env = Environment(
    loader=PackageLoader("billing", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")


def render_invoice_pdf(invoice) -> bytes:
    html = _env.get_template("invoice.html").render(invoice=invoice)
    html_path = tempfile.mktemp(suffix=".html", prefix="invoice-")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    try:
        result = subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", html_path, "-"],
            capture_output=True,
            check=True,
            timeout=60,
        )
    finally:
        os.unlink(html_path)
    log.info("rendered invoice %s (%d bytes)", invoice.number, len(result.stdout))
    return result.stdout
