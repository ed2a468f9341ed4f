"""Converts rendered payslip HTML files to PDF in a worker pool."""
import logging
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger(__name__)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
BASE_ARGS = ["--quiet", "--page-size", "A4", "--disable-javascript", "--disable-local-file-access"]


def html_to_pdf(html_path: Path, pdf_path: Path, title: str) -> Path:
    cmd = [WKHTMLTOPDF, *BASE_ARGS, "--allow", str(html_path.parent), "--title", title, str(html_path), str(pdf_path)]
    subprocess.run(cmd, check=True, timeout=120, capture_output=True)
    return pdf_path


def export_batch(jobs: list[tuple[Path, str]], out_dir: Path, workers: int = 4) -> list[Path]:
    """``jobs`` is a list of (html_path, employee_display_name) tuples."""
    out_dir.mkdir(parents=True, exist_ok=True)

    def convert(job: tuple[Path, str]) -> Path:
        html_path, employee_name = job
        pdf_path = out_dir / html_path.with_suffix(".pdf").name
        return html_to_pdf(html_path, pdf_path, title=f"Payslip - {employee_name}")

    results = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for pdf in pool.map(convert, jobs):
            log.debug("wrote %s", pdf)
            results.append(pdf)
    return results
