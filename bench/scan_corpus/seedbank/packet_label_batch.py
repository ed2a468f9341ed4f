"""Renders a PDF of seed packet labels for a repackaging batch and sends it to CUPS."""
import os
import subprocess
import tempfile

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

PAGE = (62 * mm, 29 * mm)
QUEUE = os.environ.get("LABEL_PRINTER_QUEUE", "vault-labels")


def render(accessions: list[dict], path: str) -> None:
    pdf = canvas.Canvas(path, pagesize=PAGE)
    for acc in accessions:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(3 * mm, 20 * mm, acc["accession_no"])
        pdf.setFont("Helvetica", 7)
        pdf.drawString(3 * mm, 14 * mm, acc["species"][:40])
        pdf.drawString(3 * mm, 9 * mm, f"Lot {acc['lot']}  {acc['seed_count']} seeds")
        pdf.showPage()
    pdf.save()


def print_batch(accessions: list[dict]) -> None:
    with tempfile.NamedTemporaryFile(prefix="labels-", suffix=".pdf") as tmp:
        render(accessions, tmp.name)
        subprocess.run(["lp", "-d", QUEUE, tmp.name], check=True, timeout=30)
