"""OCR and PDF/A normalisation step of the document ingestion pipeline."""
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pikepdf

log = logging.getLogger(__name__)

OCR_TIMEOUT = int(os.environ.get("OCR_TIMEOUT_SECONDS", "900"))
OCR_LANGUAGES = os.environ.get("OCR_LANGUAGES", "eng")


@dataclass
class OcrResult:
    pdf: bytes
    page_count: int


def ocr_document(pdf_bytes: bytes) -> OcrResult:
    with tempfile.TemporaryDirectory(prefix="ocr-") as workdir:
        src = Path(workdir) / "input.pdf"
        out = Path(workdir) / "output.pdf"
        src.write_bytes(pdf_bytes)
        subprocess.run(
            ["ocrmypdf", "--skip-text", "--output-type", "pdfa", "-l", OCR_LANGUAGES, str(src), str(out)],
            check=True,
            timeout=OCR_TIMEOUT,
            capture_output=True,
        )
        with pikepdf.open(out) as pdf:
            pages = len(pdf.pages)
        log.info("OCR complete: %d pages", pages)
        return OcrResult(pdf=out.read_bytes(), page_count=pages)


def write_sidecar_text(pdf_bytes: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".pdf", prefix="txt-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf_bytes)
        result = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True, timeout=120)
        return result.stdout.decode("utf-8", "replace")
    finally:
        os.unlink(path)
