"""Render printable obituary and memorial-folder PDFs.

The HTML comes from the obituary editor; wkhtmltopdf turns it into the PDF
that is attached to the newspaper email and printed for the service.
"""
import logging
import re
import subprocess
from pathlib import Path

from fhgroup.config import get_settings

log = logging.getLogger(__name__)

PAGE_OPTIONS = "--page-size Letter --margin-top 12mm --margin-bottom 12mm --encoding utf-8"
RUN_KWARGS = {"shell": True, "check": True, "timeout": 120, "capture_output": True}


def output_name(obituary_title: str, service_date: str) -> str:
    # keep names readable for the print shop, e.g. "Margaret O'Neil 2024-05-02.pdf"
    title = re.sub(r"\s+", " ", obituary_title).strip()
    return f"{title} {service_date}.pdf"


def render_pdf(html_path: Path, obituary_title: str, service_date: str) -> Path:
    settings = get_settings()
    out_dir = Path(settings.OBITUARY_PDF_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / output_name(obituary_title, service_date)

    command = f'{settings.WKHTMLTOPDF_BIN} {PAGE_OPTIONS} "{html_path}" "{target}"'
    result = subprocess.run(command, **RUN_KWARGS)
    if result.stderr:
        log.debug("wkhtmltopdf: %s", result.stderr.decode(errors="replace")[-500:])
    return target


def render_memorial_folder(html_path: Path, obituary_title: str, service_date: str) -> Path:
    pdf = render_pdf(html_path, obituary_title, service_date)
    log.info("memorial folder ready at %s", pdf)
    return pdf
