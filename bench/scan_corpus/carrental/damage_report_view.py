"""Views for reviewing damage reports raised at vehicle return."""
from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import DamageReport, db

bp = Blueprint("damage_reports", __name__, url_prefix="/damage")

SEVERITY_LABELS = {1: "Cosmetic", 2: "Minor", 3: "Major", 4: "Write-off"}


def _comment_html(text: str) -> Markup:
    # keep the customer's line breaks when we show the dispute comment
    return Markup(text.replace("\n", "<br>"))


@bp.get("/<int:report_id>")
@login_required
def show_report(report_id: int):
    report = DamageReport.query.get_or_404(report_id)
    if not current_user.can_view_branch(report.branch_code):
        abort(403)
    return render_template(
        "damage/report.html",
        report=report,
        severity=SEVERITY_LABELS.get(report.severity, "Unknown"),
        customer_comment=_comment_html(report.customer_comment or ""),
        photos=report.photos,
    )


@bp.post("/<int:report_id>/dispute")
@login_required
def dispute(report_id: int):
    report = DamageReport.query.get_or_404(report_id)
    if report.customer_id != current_user.id:
        abort(403)
    report.customer_comment = request.form.get("comment", "")[:4000]
    report.status = "disputed"
    db.session.commit()
    return render_template("damage/dispute_received.html", report=report)
