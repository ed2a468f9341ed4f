"""Convert rendered statement HTML into PDFs for the document store."""
from __future__ import annotations

import logging
import os
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")
PAGE_OPTIONS = ["--page-size", "A4", "--margin-top", "15mm", "--margin-bottom", "15mm"]


def build_pdf(html_path: Path, out_dir: Path, member_ref: str, member_name: str, year: int) -> Path:
    pdf_path = out_dir / f"{member_ref}_{year}.pdf"
    argv = [
        WKHTMLTOPDF,
        *PAGE_OPTIONS,
        "--title",
        f"{member_name} - Annual Benefit Statement {year}",
        str(html_path),
        str(pdf_path),
    ]
    log.debug("running %s", shlex.join(argv))
    result = subprocess.run(argv, capture_output=True, timeout=120)
    if result.returncode != 0:
        log.error("wkhtmltopdf failed for %s: %s", member_ref, result.stderr.decode(errors="replace"))
        raise RuntimeError(f"statement render failed for {member_ref}")
    return pdf_path
