"""Render owner invoices to PDF for e-mail and the owner portal."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape


@dataclass
class PdfSettings:
    wkhtmltopdf: str = "/usr/local/bin/wkhtmltopdf"
    page_size: str = "A4"
    timeout: int = 60


class InvoicePdfRenderer:
    def __init__(self, settings: PdfSettings | None = None):
        self.settings = settings or PdfSettings()
        self._env = Environment(
            loader=PackageLoader("billing", "templates"),
            autoescape=select_autoescape(["html"]),
        )

    def render_html(self, invoice) -> str:
        return self._env.get_template("invoice.html").render(invoice=invoice, clinic=invoice.clinic)

    def render_pdf(self, invoice) -> bytes:
        html_path = tempfile.mktemp(suffix=".html", prefix="invoice-")
        pdf_path = html_path[:-5] + ".pdf"
        try:
            with open(html_path, "w", encoding="utf-8") as fh:
                fh.write(self.render_html(invoice))
            subprocess.run(
                [self.settings.wkhtmltopdf, "--quiet", "--page-size", self.settings.page_size,
                 html_path, pdf_path],
                check=True,
                timeout=self.settings.timeout,
            )
            return Path(pdf_path).read_bytes()
        finally:
            for leftover in (html_path, pdf_path):
                if os.path.exists(leftover):
                    os.remove(leftover)
