"""Prints the daily collection manifest on the depot office printer.

The manifest lists every stop on each round with the animals to collect,
and must travel in the cab as the commercial document for the load.
"""
import os
import subprocess
import tempfile
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from knacker.config import settings
from knacker.routing.rounds import rounds_for


def _draw_manifest(path: str, day: date) -> int:
    pdf = canvas.Canvas(path, pagesize=A4)
    pages = 0
    for rnd in rounds_for(day):
        y = 800
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(40, y, f"Round {rnd['id']} - {rnd['vehicle_reg']} - {day:%d/%m/%Y}")
        pdf.setFont("Helvetica", 10)
        for stop in rnd["stops"]:
            y -= 16
            pdf.drawString(40, y, f"{stop['cph']}  {stop['holding_name'][:40]}  {stop['summary']}")
        pdf.showPage()
        pages += 1
    pdf.save()
    return pages


def print_manifest(day: date | None = None, printer: str | None = None) -> int:
    day = day or date.today()
    path = tempfile.mktemp(prefix="manifest-", suffix=".pdf")
    try:
        pages = _draw_manifest(path, day)
        subprocess.run(
            ["lp", "-d", printer or settings.DEPOT_PRINTER, "-t", f"manifest {day}", path],
            check=True,
            timeout=30,
        )
        return pages
    finally:
        if os.path.exists(path):
            os.remove(path)
