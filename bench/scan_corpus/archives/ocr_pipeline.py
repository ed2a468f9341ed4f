"""OCR step of the digitisation workflow.

Runs Tesseract over each access JPEG and writes hOCR next to it, then builds a
searchable PDF for the volume with img2pdf + ocrmypdf.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger("workflow.ocr")

TESSERACT = shutil.which("tesseract") or "/usr/bin/tesseract"
OCRMYPDF = shutil.which("ocrmypdf") or "/usr/bin/ocrmypdf"
DEFAULT_LANGS = os.environ.get("OCR_LANGS", "eng+lat")


def run_tesseract(image: Path, langs: str = DEFAULT_LANGS) -> Path:
    out_base = image.with_suffix("")
    subprocess.run(
        [TESSERACT, str(image), str(out_base), "-l", langs, "hocr"],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return out_base.with_suffix(".hocr")


def searchable_pdf(volume_pdf: Path, target: Path, langs: str = DEFAULT_LANGS) -> None:
    cmd = [OCRMYPDF, "--skip-text", "--output-type", "pdfa-2", "-l", langs, "--", str(volume_pdf), str(target)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        log.error("ocrmypdf failed for %s: %s", volume_pdf.name, result.stderr[-2000:])
        result.check_returncode()


def ocr_volume(volume_dir: Path) -> int:
    pages = sorted(volume_dir.glob("*.jpg"))
    for page in pages:
        run_tesseract(page)
    log.info("OCR complete for %d pages in %s", len(pages), volume_dir.name)
    return len(pages)
