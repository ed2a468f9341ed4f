"""Download page for the plant's generated daily reports.

The nightly job writes a fixed set of CSV and PDF reports into REPORT_DIR
(production tonnage, freezer alarms, delivery completion, rental occupancy).
Managers download them by report key and date.
"""
from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404, HttpRequest

REPORTS = {
    "production": "production_tonnage.csv",
    "alarms": "freezer_alarms.csv",
    "deliveries": "delivery_completion.pdf",
    "rentals": "rental_occupancy.pdf",
}


def report_path(key: str, day: date) -> Path:
    try:
        filename = REPORTS[key]
    except KeyError:
        raise Http404("unknown report")
    return Path(settings.REPORT_DIR) / day.strftime("%Y/%m/%d") / filename


@login_required
@permission_required("reports.view_daily")
def download_report(request: HttpRequest, key: str, day: str) -> FileResponse:
    try:
        report_day = date.fromisoformat(day)
    except ValueError:
        raise Http404("invalid date")
    path = report_path(key, report_day)
    if not path.exists():
        raise Http404("report not generated for that day")
    return FileResponse(path.open("rb"), as_attachment=True, filename=f"{report_day}-{path.name}")
