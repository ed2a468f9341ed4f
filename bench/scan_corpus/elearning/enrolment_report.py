"""Weekly enrolment report e-mailed to L&D coordinators as an .xlsx attachment."""
import os
import tempfile
from datetime import date

from django.conf import settings
from django.core.mail import EmailMessage
from openpyxl import Workbook

from catalogue.reporting import enrolments_for_week

COLUMNS = ["Course", "Cohort", "Enrolled", "Completed", "Completion %"]


def build_workbook(week_start: date) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = f"Week {week_start:%G-W%V}"
    ws.append(COLUMNS)
    for row in enrolments_for_week(week_start):
        pct = round(100 * row.completed / row.enrolled, 1) if row.enrolled else 0
        ws.append([row.course_title, row.cohort_name, row.enrolled, row.completed, pct])
    return wb


def send_report(week_start: date, recipients: list[str]) -> None:
    fd, path = tempfile.mkstemp(prefix="enrolments-", suffix=".xlsx")
    os.close(fd)
    try:
        build_workbook(week_start).save(path)
        msg = EmailMessage(
            subject=f"Enrolment report – week of {week_start:%d %b %Y}",
            body="Attached is this week's enrolment summary.",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
        )
        msg.attach_file(path, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        msg.send()
    finally:
        os.remove(path)
