"""Render workshop invoices to PDF with wkhtmltopdf for emailing to customers."""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger("billing.pdf")

env = Environment(
    loader=PackageLoader("lampshop", "templates/invoices"),
    autoescape=select_autoescape(["html"]),
)
WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"
OUTPUT_DIR = Path("/var/lib/lampmaker/invoices")


class RenderError(RuntimeError):
    pass


def render_html(invoice: dict) -> str:
    return env.get_template("invoice.html").render(invoice=invoice)


def html_to_pdf(html: str, out_path: Path, title: str) -> Path:
    with tempfile.TemporaryDirectory(prefix="invoice-") as tmp:
        src = Path(tmp) / "invoice.html"
        src.write_text(html, encoding="utf-8")
        cmd = [
            WKHTMLTOPDF,
            "--quiet",
            "--page-size", "A4",
            "--title", title,
            "--disable-local-file-access",
            str(src),
            str(out_path),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        log.error("wkhtmltopdf failed for %s: %s", out_path.name, proc.stderr.strip()[:300])
        raise RenderError(out_path.name)
    return out_path


def render_invoice(invoice: dict) -> Path:
    number = int(invoice["number"])
    title = f"Invoice {number} - {invoice['customer_name']}"
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return html_to_pdf(render_html(invoice), OUTPUT_DIR / f"INV-{number:06d}.pdf", title)
