"""Renders trade-account invoices to PDF with wkhtmltopdf for emailing to roofers."""

import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from shinglemaker.config import settings

_env = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_invoice_html(invoice) -> str:
    return _env.get_template("invoices/trade_invoice.html").render(invoice=invoice)


def html_to_pdf(html: str, title: str, output: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="invoice-") as workdir:
        source = Path(workdir) / "invoice.html"
        source.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                settings.WKHTMLTOPDF_BIN,
                "--quiet",
                "--page-size", "Letter",
                "--title", title,
                str(source),
                str(output),
            ],
            check=True,
            timeout=60,
        )
    return output


def invoice_pdf(invoice) -> Path:
    output = Path(settings.INVOICE_OUTPUT_DIR) / f"{invoice.number}.pdf"
    title = f"Invoice {invoice.number} - {invoice.account.display_name}"
    return html_to_pdf(render_invoice_html(invoice), title, output)
