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
    had_text_layer: bool


def _has_text_layer(pdf_bytes: bytes) -> bool:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(pdf_bytes)
        fh.flush()
        out = subprocess.run(
            ["pdftotext", "-l", "3", fh.name, "-"], capture_output=True, timeout=60, check=False
        )
    return len(out.stdout.strip()) > 40


def _page_count(path: str) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def ocr_document(pdf_bytes: bytes) -> OcrResult:
    had_text = _has_text_layer(pdf_bytes)
    out_path = tempfile.mktemp(suffix=".pdf", prefix="ocr-")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as src:
        src.write(pdf_bytes)
        src.flush()
        cmd = ["ocrmypdf", "--output-type", "pdfa", "-l", OCR_LANGUAGES, src.name, out_path]
        cmd.insert(1, "--skip-text" if had_text else "--rotate-pages")
        subprocess.run(cmd, check=True, timeout=OCR_TIMEOUT, capture_output=True)
    try:
        return OcrResult(
            pdf=Path(out_path).read_bytes(),
            page_count=_page_count(out_path),
            had_text_layer=had_text,
        )
    finally:
        try:
            os.unlink(out_path)
        except FileNotFoundError:
            log.debug("OCR output %s already removed", out_path)
