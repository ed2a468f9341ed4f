"""Exports the monthly keeper rota as a PDF for the noticeboard and for email."""
import os
import tempfile
from calendar import month_name

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from lighthousekeeper.rota.queries import month_watches
from lighthousekeeper.mail import send_with_attachment

HEADER = ["Date", "Morning", "Afternoon", "First watch", "Middle watch", "Relief"]


def _rows(station: str, year: int, month: int) -> list[list[str]]:
    rows = [HEADER]
    for day in month_watches(station, year, month):
        rows.append([day.date.strftime("%a %d"), *day.keepers_by_slot(), day.relief or ""])
    return rows


def _scratch_path(station: str) -> str:
    return tempfile.mktemp(prefix=f"rota-{station}-", suffix=".pdf")


def build_rota_pdf(station: str, year: int, month: int) -> str:
    path = _scratch_path(station)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), title=f"{station} rota {month_name[month]} {year}")
    table = Table(_rows(station, year, month), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey"), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    doc.build([table])
    return path


def email_rota(station: str, year: int, month: int, recipients: list[str]) -> None:
    path = build_rota_pdf(station, year, month)
    try:
        send_with_attachment(
            to=recipients,
            subject=f"{station} keeper rota - {month_name[month]} {year}",
            body="Please find the rota attached.",
            attachment_path=path,
        )
    finally:
        os.remove(path)
