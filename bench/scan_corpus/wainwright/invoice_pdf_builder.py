"""Builds stage-payment invoices as PDF from the HTML invoice template.

Called by the billing worker after a commission reaches a payment stage.
"""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger("wainwright.billing.pdf")

TEMPLATE_DIR = Path(__file__).parent / "templates"
INVOICE_DIR = Path("/srv/wainwright/invoices")
WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_html(invoice: dict) -> str:
    return env.get_template("invoice.html").render(invoice=invoice)


def html_to_pdf(html: str, target: Path, title: str) -> None:
    with tempfile.TemporaryDirectory(prefix="invoice-") as workdir:
        src = Path(workdir) / "invoice.html"
        src.write_text(html, encoding="utf-8")
        args = [
            WKHTMLTOPDF,
            "--quiet",
            "--page-size", "A4",
            "--title", title,
            "--disable-javascript",
            str(src),
            str(target),
        ]
        result = subprocess.run(args, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            log.error("wkhtmltopdf failed (%s): %s", result.returncode, result.stderr[-500:])
            raise RuntimeError("invoice rendering failed")


def build_invoice(invoice: dict) -> Path:
    INVOICE_DIR.mkdir(parents=True, exist_ok=True)
    number = str(invoice["number"])
    if not number.isdigit():
        raise ValueError("invoice number must be numeric")
    target = INVOICE_DIR / f"INV-{number}.pdf"
    title = f"Invoice {number} - {invoice['customer_name']}"
    html_to_pdf(render_html(invoice), target, title)
    log.info("invoice %s written for commission %s", number, invoice["commission_ref"])
    return target
