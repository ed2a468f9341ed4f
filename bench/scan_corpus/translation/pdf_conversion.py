"""Converts delivered DOCX/PPTX files to PDF for client review copies."""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

SOFFICE = "soffice"
CONVERT_TIMEOUT = 180


class ConversionFailed(Exception):
    pass


def to_pdf(document: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = [SOFFICE, "--headless", "--norestore", "--convert-to", "pdf",
           "--outdir", str(out_dir), str(document.resolve())]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True,
                                timeout=CONVERT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ConversionFailed(f"{document.name}: timed out") from exc
    if result.returncode != 0:
        log.error("soffice exited %s for %s: %s", result.returncode, document.name, result.stderr)
        raise ConversionFailed(f"{document.name}: exit {result.returncode}")
    pdf = out_dir / f"{document.stem}.pdf"
    if not pdf.exists():
        raise ConversionFailed(f"{document.name}: no output produced")
    return pdf
