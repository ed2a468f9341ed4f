"""Render customer-facing HTML reports to PDF with wkhtmltopdf."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

logger = logging.getLogger(__name__)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"


class PdfRenderError(RuntimeError):
    """Raised when wkhtmltopdf exits with an error."""


def render_pdf(html_path: Path, output_dir: Path, report_title: str) -> Path:
    """Convert ``html_path`` into a PDF titled ``report_title``.

    The title comes from the report settings form and is shown in the PDF
    viewer's title bar.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    pdf_path = output_dir / f"{html_path.stem}.pdf"
    cmd = f'{WKHTMLTOPDF} --quiet --page-size A4 --title "{report_title}" {html_path} {pdf_path}'
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        logger.error("wkhtmltopdf failed: %s", result.stderr.strip())
        raise PdfRenderError(result.stderr.strip())
    return pdf_path
