"""Weekly fault digest e-mailed to each council's lighting officer.

Lists the week's publicly reported faults per ward with the resident's
description, the asset and the current repair status.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from lamplighter.mailer import send_html
from lamplighter.models import FaultReport
from lamplighter.settings import settings

env = Environment(loader=PackageLoader("lamplighter", "templates"), autoescape=select_autoescape(["html"]))

STATUS_CLASS = {"open": "badge-red", "assigned": "badge-amber", "fixed": "badge-green"}


def _description_cell(report: FaultReport) -> Markup:
    text = report.description.strip() or "(no description)"
    return Markup(f'<td class="desc {STATUS_CLASS.get(report.status, "")}">{text}</td>')


def week_rows(council_code: str, week_start: date) -> dict[str, list[dict]]:
    week_end = week_start + timedelta(days=7)
    reports = FaultReport.query.filter(
        FaultReport.council_code == council_code,
        FaultReport.reported_at >= week_start,
        FaultReport.reported_at < week_end,
    ).order_by(FaultReport.ward_code, FaultReport.reported_at)
    by_ward: dict[str, list[dict]] = defaultdict(list)
    for report in reports:
        by_ward[report.ward_code].append(
            {
                "reference": report.reference,
                "asset_id": report.asset_id,
                "reported": report.reported_at.strftime("%a %d %b %H:%M"),
                "description_cell": _description_cell(report),
                "status": report.status,
            }
        )
    return by_ward


def send_digest(council_code: str, officer_email: str, week_start: date) -> None:
    html = env.get_template("email/fault_digest.html").render(
        council=council_code,
        week_start=week_start,
        wards=week_rows(council_code, week_start),
        portal_url=settings.PORTAL_BASE_URL,
    )
    send_html(officer_email, f"Street lighting faults w/c {week_start:%d %b %Y}", html)
