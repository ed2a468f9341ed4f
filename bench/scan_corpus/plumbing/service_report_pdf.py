"""Compress and stamp boiler service reports before they are emailed to the customer."""

import shutil
import subprocess
from pathlib import Path

GS_BINARY = shutil.which("gs") or "/usr/bin/gs"
GS_ARGS = ["-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6", "-dPDFSETTINGS=/ebook", "-dNOPAUSE", "-dBATCH", "-dQUIET", "-dSAFER"]


class ReportCompressionError(RuntimeError):
    pass


def _output_name(report_id: int, customer_surname: str) -> str:
    cleaned = "".join(ch for ch in customer_surname if ch.isalnum())[:40] or "customer"
    return f"service_{report_id}_{cleaned}.pdf"


def compress_report(source: Path, out_dir: Path, report_id: int, customer_surname: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / _output_name(report_id, customer_surname)
    cmd = [GS_BINARY, *GS_ARGS, f"-sOutputFile={target}", str(source)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise ReportCompressionError(result.stderr.strip()[:500])
    return target
