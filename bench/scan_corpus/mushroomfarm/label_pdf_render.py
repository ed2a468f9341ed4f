"""Renders punnet label sheets to PDF and hands them to the print queue."""

from __future__ import annotations

import os
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


@contextmanager
def scratch_pdf(prefix: str = "labels-") -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".pdf")
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def draw_sheet(path: Path, labels: list[dict[str, str]]) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    x, y = 15 * mm, height - 25 * mm
    for label in labels:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(x, y, label["product"])
        pdf.setFont("Helvetica", 9)
        pdf.drawString(x, y - 5 * mm, f"Batch {label['batch']}  Packed {label['packed_on']}")
        y -= 20 * mm
        if y < 20 * mm:
            pdf.showPage()
            y = height - 25 * mm
    pdf.save()


def print_labels(labels: list[dict[str, str]], queue: str) -> None:
    with scratch_pdf() as path:
        draw_sheet(path, labels)
        subprocess.run(["lp", "-d", queue, str(path)], check=True, timeout=60)
