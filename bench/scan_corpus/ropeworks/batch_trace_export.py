"""Download of batch traceability exports (CSV) generated overnight.

The export job writes one CSV per customer order into EXPORT_DIR; the
portal lists them and lets the dealer download one by name.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

from ropeworks.portal.auth import login_required

bp = Blueprint("trace_export", __name__, url_prefix="/exports")


def _dealer_dir() -> Path:
    root = Path(current_app.config["TRACE_EXPORT_DIR"]).resolve()
    return root / f"dealer-{int(g.dealer_id)}"


@bp.get("/")
@login_required
def list_exports():
    folder = _dealer_dir()
    if not folder.is_dir():
        return {"files": []}
    return {"files": sorted(p.name for p in folder.glob("*.csv"))}


@bp.get("/<path:name>")
@login_required
def download_export(name: str):
    folder = _dealer_dir()
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder) or candidate.suffix != ".csv":
        abort(404)
    if not candidate.is_file():
        abort(404)
    return send_file(
        candidate,
        mimetype="text/csv",
        as_attachment=True,
        download_name=candidate.name,
    )


@bp.delete("/<path:name>")
@login_required
def delete_export(name: str):
    folder = _dealer_dir()
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder) or not candidate.is_file():
        abort(404)
    candidate.unlink()
    return "", 204
