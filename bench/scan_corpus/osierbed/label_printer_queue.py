"""Print bundle labels for wholesale orders on the packing-shed printer.

Each bundle of rods gets a tag with the buyer's name, variety and length
band. Labels are rendered to PDF and sent to the CUPS queue in the shed.
"""

import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

log = logging.getLogger("osierbed.packing.labels")

LABEL_SIZE = (100 * mm, 50 * mm)


@dataclass
class PrintSettings:
    queue: str = "packing-shed-zebra"
    copies: int = 1
    media: str = "Custom.100x50mm"


@dataclass
class BundleLabel:
    order_ref: str
    buyer_name: str
    variety: str
    length_band: str
    bundle_no: int


def render_labels(labels: list[BundleLabel], out_dir: Path) -> Path:
    pdf_path = out_dir / f"{labels[0].order_ref}.pdf"
    pdf = canvas.Canvas(str(pdf_path), pagesize=LABEL_SIZE)
    for label in labels:
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(6 * mm, 36 * mm, label.buyer_name[:28])
        pdf.setFont("Helvetica", 12)
        pdf.drawString(6 * mm, 24 * mm, f"{label.variety} - {label.length_band}")
        pdf.drawString(6 * mm, 12 * mm, f"{label.order_ref} / bundle {label.bundle_no}")
        pdf.showPage()
    pdf.save()
    return pdf_path


def build_lp_command(pdf_path: Path, job_title: str, settings: PrintSettings) -> str:
    return (
        f"lp -d {settings.queue} -n {settings.copies} "
        f"-o media={settings.media} -t \"{job_title}\" {pdf_path}"
    )


def print_order_labels(labels: list[BundleLabel], settings: PrintSettings | None = None) -> None:
    settings = settings or PrintSettings()
    with tempfile.TemporaryDirectory(prefix="labels-") as tmp:
        pdf_path = render_labels(labels, Path(tmp))
        title = f"{labels[0].order_ref} {labels[0].buyer_name}"
        command = build_lp_command(pdf_path, title, settings)
        result = subprocess.run(command, shell=True, capture_output=True, text=True)
        if result.returncode != 0:
            log.error("label print failed for %s: %s", labels[0].order_ref, result.stderr.strip())
