"""Renders explanation-of-benefits PDFs for the patient portal download button."""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(
    loader=PackageLoader("portal", "templates/eob"),
    autoescape=select_autoescape(["html"]),
)


def render_html(claim: dict) -> str:
    return _env.get_template("eob.html").render(claim=claim)


def render_pdf(claim: dict) -> bytes:
    html = render_html(claim)
    fd, html_path = tempfile.mkstemp(suffix=".html", prefix="eob_")
    pdf_path = Path(html_path).with_suffix(".pdf")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--disable-local-file-access", html_path, str(pdf_path)],
            check=True,
            timeout=60,
        )
        return pdf_path.read_bytes()
    finally:
        os.unlink(html_path)
        if pdf_path.exists():
            pdf_path.unlink()
