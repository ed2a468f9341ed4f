"""Turns rendered condition reports into PDFs for the specialist's sign-off."""

import logging
import os
import subprocess
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

log = logging.getLogger(__name__)

WKHTMLTOPDF = getattr(settings, "WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")
PDF_OPTIONS = "--quiet --page-size A4 --margin-top 12mm --margin-bottom 12mm --encoding utf-8"


def _report_filename(lot) -> str:
    return f"{lot.sale.code}-{lot.lot_number:04d}-{lot.title[:60]}.pdf"


def render_condition_report(lot, report) -> Path:
    out_dir = Path(settings.CONDITION_REPORT_ROOT) / lot.sale.code
    out_dir.mkdir(parents=True, exist_ok=True)

    html_path = out_dir / f"{lot.pk}.html"
    html_path.write_text(
        render_to_string("reports/condition.html", {"lot": lot, "report": report}),
        encoding="utf-8",
    )

    pdf_path = out_dir / _report_filename(lot)
    command = f'{WKHTMLTOPDF} {PDF_OPTIONS} "{html_path}" "{pdf_path}"'
    log.info("rendering condition report for lot %s", lot.pk)
    subprocess.run(command, shell=True, check=True, timeout=120, env={**os.environ, "LANG": "C.UTF-8"})

    html_path.unlink(missing_ok=True)
    return pdf_path
