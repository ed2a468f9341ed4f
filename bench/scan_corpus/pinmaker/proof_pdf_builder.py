"""Build the customer-facing proof PDF for a pin order.

The PDF shows the artwork at actual size and enlarged, the enamel colours with
their Pantone codes, plating, backing and quantity. It's attached to the proof
e-mail and kept with the order.
"""
import os
import shutil
import tempfile
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

PROOF_STORE = os.environ.get("PROOF_STORE", "/srv/pinmaker/proofs")


@dataclass
class ProofSheet:
    order_no: str
    revision: int
    artwork_png: str
    size_mm: int
    plating: str
    backing: str
    quantity: int
    colours: list[tuple[str, str]]


def _draw(sheet: ProofSheet, path: str) -> None:
    c = canvas.Canvas(path, pagesize=A4)
    width, height = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(20 * mm, height - 25 * mm, f"Proof {sheet.order_no} rev {sheet.revision}")
    c.drawImage(sheet.artwork_png, 20 * mm, height - 140 * mm, 100 * mm, 100 * mm,
                preserveAspectRatio=True, mask="auto")
    c.drawImage(sheet.artwork_png, 140 * mm, height - 60 * mm, sheet.size_mm * mm,
                sheet.size_mm * mm, preserveAspectRatio=True, mask="auto")
    c.setFont("Helvetica", 11)
    y = height - 155 * mm
    for label, value in (("Size", f"{sheet.size_mm} mm"), ("Plating", sheet.plating),
                         ("Backing", sheet.backing), ("Quantity", str(sheet.quantity))):
        c.drawString(20 * mm, y, f"{label}: {value}")
        y -= 7 * mm
    for name, pms in sheet.colours:
        c.drawString(20 * mm, y, f"Enamel: {name} (PMS {pms})")
        y -= 7 * mm
    c.showPage()
    c.save()


def build_proof_pdf(sheet: ProofSheet) -> str:
    scratch = tempfile.mktemp(suffix=".pdf", prefix=f"proof-{sheet.order_no}-")
    try:
        _draw(sheet, scratch)
        final_dir = os.path.join(PROOF_STORE, sheet.order_no)
        os.makedirs(final_dir, exist_ok=True)
        final = os.path.join(final_dir, f"proof_r{sheet.revision}.pdf")
        shutil.move(scratch, final)
        return final
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
