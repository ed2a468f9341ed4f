"""Renders saddle invoices to PDF with wkhtmltopdf."""

from __future__ import annotations

import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
TEMPLATES = Environment(
    loader=FileSystemLoader("/srv/saddlery/templates/invoices"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class InvoiceRequest:
    invoice_number: str
    customer_name: str
    title: str
    lines: list[dict]
    total: str


def render_pdf(req: InvoiceRequest, out_dir: Path) -> Path:
    html = TEMPLATES.get_template("invoice.html").render(invoice=req)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"invoice-{req.invoice_number}.pdf"
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as src:
        src.write(html)
        src.flush()
        result = subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", "--title", req.title, src.name, str(target)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    if result.returncode != 0:
        log.error("wkhtmltopdf failed for %s: %s", req.invoice_number, result.stderr.strip())
        raise RuntimeError(f"could not render invoice {req.invoice_number}")
    return target
