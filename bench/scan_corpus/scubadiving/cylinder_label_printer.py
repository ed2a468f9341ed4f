"""Prints fill labels for blended cylinders.

After analysis the blender prints a label with the mix, MOD, analysed O2,
date and the blender's initials; the label goes on the cylinder neck. The
label is rendered to PDF and handed to CUPS.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

LABEL_PRINTER = os.environ.get("CYLINDER_LABEL_PRINTER", "fillroom-zebra")
LP_BINARY = "/usr/bin/lp"


@dataclass
class CylinderLabel:
    serial: str
    o2_percent: float
    he_percent: float
    analysed_by: str
    filled_on: date

    @property
    def mod_m(self) -> int:
        return int((1.4 / (self.o2_percent / 100.0) - 1.0) * 10.0)

    @property
    def mix_name(self) -> str:
        if self.he_percent:
            return f"TX {self.o2_percent:.0f}/{self.he_percent:.0f}"
        return "AIR" if round(self.o2_percent) == 21 else f"EAN{self.o2_percent:.0f}"


def render_pdf(label: CylinderLabel, path: str) -> None:
    c = canvas.Canvas(path, pagesize=(60 * mm, 40 * mm))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(4 * mm, 30 * mm, label.mix_name)
    c.setFont("Helvetica", 9)
    c.drawString(4 * mm, 22 * mm, f"MOD {label.mod_m} m  (ppO2 1.4)")
    c.drawString(4 * mm, 16 * mm, f"Cyl {label.serial}")
    c.drawString(4 * mm, 10 * mm, f"{label.filled_on:%d %b %Y}  by {label.analysed_by}")
    c.save()


def print_label(label: CylinderLabel, copies: int = 1, printer: str = LABEL_PRINTER) -> None:
    fd, path = tempfile.mkstemp(prefix="cyl-label-", suffix=".pdf")
    os.close(fd)
    try:
        render_pdf(label, path)
        subprocess.run(
            [LP_BINARY, "-d", printer, "-n", str(copies), "-t", f"cylinder {label.serial}", path],
            check=True, timeout=30,
        )
    finally:
        os.unlink(path)
