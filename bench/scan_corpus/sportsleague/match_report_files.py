"""Referee match reports (scanned PDFs) attached to fixtures."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from league.models import Fixture

bp = Blueprint("match_reports", __name__)


def _report_dir(fixture: Fixture) -> str:
    return os.path.join(current_app.config["REPORTS_ROOT"], str(fixture.season_id), str(fixture.id))


@bp.get("/fixtures/<int:fixture_id>/reports/<path:filename>")
@login_required
def download_report(fixture_id: int, filename: str):
    fixture = Fixture.query.get_or_404(fixture_id)
    if not (current_user.is_league_admin or current_user.club_id in (fixture.home_club_id, fixture.away_club_id)):
        abort(403)
    # send_from_directory rejects names that resolve outside the report folder
    return send_from_directory(_report_dir(fixture), filename, as_attachment=True)


@bp.get("/fixtures/<int:fixture_id>/reports")
@login_required
def list_reports(fixture_id: int):
    fixture = Fixture.query.get_or_404(fixture_id)
    if not (current_user.is_league_admin or current_user.club_id in (fixture.home_club_id, fixture.away_club_id)):
        abort(403)
    folder = _report_dir(fixture)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"reports": [n for n in names if n.lower().endswith(".pdf")]}
