"""Render wholesale invoices to PDF for basket makers and florists.

Invoices are written as HTML from a Jinja template and converted with
wkhtmltopdf, then attached to the invoice email.
"""

import shlex
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).with_name("templates")
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_html(invoice: dict, out_dir: Path) -> Path:
    html_path = out_dir / f"invoice-{invoice['number']}.html"
    html = env.get_template("invoice.html").render(invoice=invoice)
    html_path.write_text(html, encoding="utf-8")
    return html_path


def pdf_command(html_path: Path, pdf_path: Path, customer_name: str) -> list[str]:
    return [
        WKHTMLTOPDF,
        "--quiet",
        "--page-size", "A4",
        "--title", f"Invoice for {customer_name}",
        "--footer-center", "Osier Bed Farm - willow grown and cut by hand",
        str(html_path),
        str(pdf_path),
    ]


def render_invoice_pdf(invoice: dict, out_dir: Path) -> Path:
    html_path = render_html(invoice, out_dir)
    pdf_path = html_path.with_suffix(".pdf")
    argv = pdf_command(html_path, pdf_path, invoice["customer_name"])
    try:
        subprocess.run(argv, check=True, capture_output=True, timeout=60)
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(
            f"wkhtmltopdf failed: {shlex.join(argv)}: {exc.stderr.decode(errors='replace')}"
        ) from exc
    return pdf_path
