"""Render annual benefit statements from HTML to PDF with wkhtmltopdf."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")
PAGE_OPTIONS = "--page-size A4 --margin-top 15mm --margin-bottom 15mm --encoding utf-8"


def _command(html_path: Path, pdf_path: Path, title: str) -> str:
    return f'{WKHTMLTOPDF} {PAGE_OPTIONS} --title "{title}" "{html_path}" "{pdf_path}"'


def render_statement(html_path: Path, out_dir: Path, member_ref: str, member_name: str, year: int) -> Path:
    pdf_path = out_dir / f"{member_ref}_{year}.pdf"
    title = f"{member_name} - Annual Benefit Statement {year}"
    result = subprocess.run(_command(html_path, pdf_path, title), shell=True, capture_output=True, timeout=120)
    if result.returncode != 0:
        log.error("wkhtmltopdf failed for %s: %s", member_ref, result.stderr.decode(errors="replace"))
        raise RuntimeError(f"statement render failed for {member_ref}")
    return pdf_path


def render_batch(jobs, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        render_statement(Path(j["html"]), out_dir, j["member_ref"], j["display_name"], j["year"])
        for j in jobs
    ]
