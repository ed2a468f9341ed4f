"""Serves the PDF logbook pages that the export worker renders for divers.

A background worker renders one PDF per logged dive; divers download them
from their account. File names come from the dive's database id, never
from the request.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import Dive, db

bp = Blueprint("dive_pdf", __name__, url_prefix="/logbook")


def export_dir() -> Path:
    return Path(current_app.config.get("DIVE_PDF_DIR", "/srv/dive-centre/exports/dives"))


def pdf_path_for(dive: Dive) -> Path:
    return export_dir() / f"dive-{dive.id:08d}.pdf"


def _owned_dive(dive_id: int) -> Dive:
    dive = db.session.get(Dive, dive_id)
    if dive is None or dive.diver_id != current_user.id:
        abort(404)
    return dive


@bp.get("/dives/<int:dive_id>.pdf")
@login_required
def download_dive_pdf(dive_id: int):
    dive = _owned_dive(dive_id)
    path = pdf_path_for(dive)
    if not path.is_file():
        abort(404, description="PDF not rendered yet")
    download_name = f"{dive.dived_on:%Y-%m-%d}-{dive.site_slug}.pdf"
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=download_name)


@bp.delete("/dives/<int:dive_id>.pdf")
@login_required
def discard_dive_pdf(dive_id: int):
    dive = _owned_dive(dive_id)
    pdf_path_for(dive).unlink(missing_ok=True)
    return {"deleted": dive.id}
