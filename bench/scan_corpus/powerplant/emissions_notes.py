"""Operator notes attached to daily emissions reports (NOx, SO2, CO2)."""

from flask import Blueprint, abort, jsonify, render_template_string, request

from emissions.models import DailyReport, ReportNote, db
from emissions.auth import login_required, current_user

bp = Blueprint("emissions_notes", __name__, url_prefix="/emissions")

NOTE_LAYOUT_HEAD = """
<section class="note-preview">
  <h3>Unit {{ unit }} &mdash; {{ day }}</h3>
"""
NOTE_LAYOUT_TAIL = """
  <p class="author">{{ author }}</p>
</section>
"""


@bp.post("/reports/<int:report_id>/notes/preview")
@login_required
def preview_note(report_id: int):
    report = DailyReport.query.get_or_404(report_id)
    body = request.form.get("body", "").strip()
    if not body:
        abort(400)
    page = NOTE_LAYOUT_HEAD + "<div class='body'>" + body + "</div>" + NOTE_LAYOUT_TAIL
    return render_template_string(
        page, unit=report.unit, day=report.day.isoformat(), author=current_user().name
    )


@bp.post("/reports/<int:report_id>/notes")
@login_required
def add_note(report_id: int):
    report = DailyReport.query.get_or_404(report_id)
    body = request.form.get("body", "").strip()
    if not body or len(body) > 4000:
        abort(400)
    note = ReportNote(report_id=report.id, author_id=current_user().id, body=body)
    db.session.add(note)
    db.session.commit()
    return jsonify({"id": note.id}), 201
