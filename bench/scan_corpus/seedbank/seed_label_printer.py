"""Prints packet labels for newly banked accessions on the vault label printer."""
import os
import subprocess
import tempfile

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

LABEL_SIZE = (62 * mm, 29 * mm)
PRINTER_QUEUE = os.environ.get("LABEL_PRINTER_QUEUE", "vault-labels")


def _draw_label(pdf: canvas.Canvas, accession: dict) -> None:
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(3 * mm, 21 * mm, accession["accession_no"])
    pdf.setFont("Helvetica", 7)
    pdf.drawString(3 * mm, 16 * mm, accession["species"][:40])
    pdf.drawString(3 * mm, 12 * mm, f"Banked {accession['banked_on']}  Vault {accession['vault']}")
    pdf.drawString(3 * mm, 8 * mm, f"Seeds: {accession['seed_count']}")
    pdf.showPage()


def print_labels(accessions: list[dict]) -> None:
    pdf_path = tempfile.mktemp(suffix=".pdf", prefix="labels-")
    pdf = canvas.Canvas(pdf_path, pagesize=LABEL_SIZE)
    for accession in accessions:
        _draw_label(pdf, accession)
    pdf.save()
    try:
        subprocess.run(["lp", "-d", PRINTER_QUEUE, pdf_path], check=True, timeout=30)
    finally:
        os.unlink(pdf_path)
