"""Export a day's collection rounds as spreadsheets emailed to depot supervisors."""
import os
import ssl
import tempfile
from datetime import date
from email.message import EmailMessage
from smtplib import SMTP

from openpyxl import Workbook

from wheelchairhire.config import settings
from wheelchairhire.models import CollectionRound

HEADERS = ("Seq", "Customer", "Postcode", "Asset", "Window", "Notes")


def build_workbook(rounds: list[CollectionRound]) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for round_ in rounds:
        ws = wb.create_sheet(title=round_.code[:31])
        ws.append(HEADERS)
        for stop in sorted(round_.stops, key=lambda s: s.sequence):
            ws.append((stop.sequence, stop.customer_name, stop.postcode, stop.asset_tag,
                       stop.window_label, stop.access_notes))
    return wb


def email_route_sheets(depot: str, day: date) -> None:
    rounds = CollectionRound.for_depot_day(depot, day)
    fd, path = tempfile.mkstemp(prefix=f"collections-{depot}-", suffix=".xlsx")
    try:
        os.close(fd)
        build_workbook(rounds).save(path)
        with open(path, "rb") as fh:
            attachment = fh.read()
    finally:
        os.unlink(path)
    msg = EmailMessage()
    msg["Subject"] = f"Collection rounds {depot} {day:%d/%m/%Y}"
    msg["From"] = settings.ROUNDS_MAIL_FROM
    msg["To"] = ", ".join(settings.DEPOT_SUPERVISORS[depot])
    msg.set_content(f"{len(rounds)} collection rounds attached for {day:%A %d %B}.")
    msg.add_attachment(attachment, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       filename=f"collections-{depot}-{day:%Y%m%d}.xlsx")
    with SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)
