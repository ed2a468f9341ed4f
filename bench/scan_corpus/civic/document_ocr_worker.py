"""Celery task that extracts text from records agencies send back.

Responsive records arrive as PDFs, often scans. We try pdftotext first and
fall back to OCR when the text layer comes back empty.
"""
import subprocess
from pathlib import Path

from celery import shared_task

from foiatracker.storage import download_document, save_extracted_text

WORK_DIR = Path("/var/lib/foia/ocr")


@shared_task(bind=True, max_retries=2, acks_late=True)
def extract_text(self, document_id: int, original_name: str) -> int:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    src = download_document(document_id, WORK_DIR / f"{document_id}.pdf")
    out = WORK_DIR / f"{document_id}-{Path(original_name).stem}.txt"

    subprocess.run(f"pdftotext -layout {src} {out}", shell=True, check=True, timeout=300)
    text = out.read_text(errors="replace")

    if len(text.strip()) < 20:
        ocr_pdf = WORK_DIR / f"{document_id}-ocr.pdf"
        subprocess.run(
            ["ocrmypdf", "--skip-text", "--sidecar", str(out), str(src), str(ocr_pdf)],
            check=True,
            timeout=1800,
        )
        text = out.read_text(errors="replace")

    save_extracted_text(document_id, text)
    return len(text)
