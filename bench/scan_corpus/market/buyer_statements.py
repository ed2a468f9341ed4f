"""Renders buyer purchase statements to PDF via a temporary HTML file."""
import os
import tempfile

from weasyprint import HTML


def render_statement(html: str) -> bytes:
    fd, html_path = tempfile.mkstemp(suffix=".html")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        return HTML(filename=html_path).write_pdf()
    finally:
        os.unlink(html_path)
