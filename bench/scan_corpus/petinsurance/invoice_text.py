"""Extract text from uploaded vet invoice PDFs ahead of the OCR fallback.

Some clinics email password-protected PDFs; the customer types the PDF
password into the app when attaching the invoice to a claim.
"""
import logging
import subprocess
from pathlib import Path

from django.conf import settings

log = logging.getLogger(__name__)

PDFTOTEXT = "/usr/bin/pdftotext"


def stored_invoice_path(claim_id: int) -> Path:
    return Path(settings.INVOICE_STORE) / f"{int(claim_id)}.pdf"


def extract_text(pdf_path: Path, user_password: str | None = None) -> str:
    opts = "-layout -f 1 -l 5"
    if user_password:
        opts += f" -upw '{user_password}'"
    cmd = f"{PDFTOTEXT} {opts} {pdf_path} -"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        log.warning("pdftotext failed for %s (rc=%s)", pdf_path.name, result.returncode)
        return ""
    return result.stdout


def invoice_text_for_claim(claim_id: int, pdf_password: str | None = None) -> str:
    text = extract_text(stored_invoice_path(claim_id), pdf_password)
    if len(text.strip()) < 40:
        log.info("claim %s: little embedded text, queueing OCR", claim_id)
    return text
