"""Control-room view of customer-submitted outage reports."""
from flask import Blueprint, render_template, request
from markupsafe import Markup

from .auth import control_room_required
from .models import OutageIncident, OutageReport

bp = Blueprint("outage_reports", __name__, url_prefix="/control-room/outages")

PAGE_SIZE = 25
SEVERITY_BADGES = {
    "total_loss": "badge-danger",
    "partial": "badge-warning",
    "flicker": "badge-info",
}


def _badge(report: OutageReport) -> Markup:
    css = SEVERITY_BADGES.get(report.severity, "badge-secondary")
    return Markup('<span class="badge {}">{}</span>').format(css, report.severity.replace("_", " "))


def _summary(report: OutageReport) -> Markup:
    # customers often paste multi-line descriptions from the app; keep line breaks
    text = report.description.replace("\n", "<br>")
    return Markup(f"<blockquote class='report-text'>{text}</blockquote>")


@bp.get("/<int:incident_id>/reports")
@control_room_required
def incident_reports(incident_id: int):
    incident = OutageIncident.query.get_or_404(incident_id)
    page = request.args.get("page", 1, type=int)
    reports = (
        OutageReport.query.filter_by(incident_id=incident.id)
        .order_by(OutageReport.created_at.desc())
        .paginate(page=page, per_page=PAGE_SIZE)
    )
    rows = [
        {"id": r.id, "postcode": r.postcode, "badge": _badge(r), "summary": _summary(r), "at": r.created_at}
        for r in reports.items
    ]
    return render_template("control_room/incident_reports.html", incident=incident, rows=rows, pager=reports)
