"""Renders customer invoices and corporate statements to PDF with wkhtmltopdf."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RenderOptions:
    page_size: str = "A4"
    margin_mm: int = 12
    footer_text: str = "Press & Fold Ltd - Registered in England 09876543"
    extra_flags: list[str] = field(default_factory=lambda: ["--quiet", "--print-media-type"])


class InvoiceRenderer:
    def __init__(self, work_dir: Path, options: RenderOptions | None = None) -> None:
        self.work_dir = work_dir
        self.options = options or RenderOptions()
        self.binary = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"

    def _argv(self, html_path: Path, pdf_path: Path, title: str) -> list[str]:
        o = self.options
        return [
            self.binary,
            *o.extra_flags,
            "--page-size", o.page_size,
            "--margin-top", f"{o.margin_mm}mm",
            "--margin-bottom", f"{o.margin_mm}mm",
            "--title", title,
            "--footer-center", o.footer_text,
            str(html_path),
            str(pdf_path),
        ]

    def render(self, invoice_number: str, customer_name: str, html: str) -> Path:
        html_path = self.work_dir / f"{invoice_number}.html"
        pdf_path = self.work_dir / f"{invoice_number}.pdf"
        html_path.write_text(html, encoding="utf-8")
        argv = self._argv(html_path, pdf_path, f"Invoice {invoice_number} - {customer_name}")
        subprocess.run(argv, check=True, timeout=60, capture_output=True)
        return pdf_path
