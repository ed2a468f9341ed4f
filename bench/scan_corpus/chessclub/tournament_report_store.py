"""Storage of generated tournament reports (crosstables, rating reports, invoices).

Reports are rendered by a background worker and fetched by organisers from
the admin panel.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("reports", __name__, url_prefix="/admin/reports")

REPORT_KINDS = {
    "crosstable": ("crosstable.pdf", "application/pdf"),
    "rating-report": ("rating_report.trf", "text/plain"),
    "invoice": ("entry_fees.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


class ReportStore:
    def __init__(self, root: str):
        self.root = Path(root).resolve()

    def path_for(self, tournament_id: int, kind: str) -> Path:
        filename, _mime = REPORT_KINDS[kind]
        candidate = (self.root / str(int(tournament_id)) / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise ValueError("report path escapes the report root")
        return candidate

    def write(self, tournament_id: int, kind: str, data: bytes) -> Path:
        target = self.path_for(tournament_id, kind)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        return target


def _store() -> ReportStore:
    return ReportStore(current_app.config["REPORT_ROOT"])


@bp.route("/<int:tournament_id>/<kind>")
@login_required
def fetch_report(tournament_id: int, kind: str):
    if kind not in REPORT_KINDS:
        abort(404)
    if not current_user.can_organise(tournament_id):
        abort(403)
    path = _store().path_for(tournament_id, kind)
    if not path.is_file():
        abort(404)
    filename, mime = REPORT_KINDS[kind]
    return send_file(path, mimetype=mime, as_attachment=True,
                     download_name=f"tournament-{tournament_id}-{filename}")
