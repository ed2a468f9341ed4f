"""Serves archived invoice PDFs to office staff from the long-term archive volume."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

from pianotuner.auth import office_role_required

bp = Blueprint("invoice_archive", __name__, url_prefix="/office/archive")


class ArchiveLocator:
    def __init__(self, root: str):
        self.root = Path(root).resolve()

    def locate(self, year: str, filename: str) -> Path:
        candidate = (self.root / year / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(filename)
        if candidate.suffix.lower() != ".pdf":
            raise FileNotFoundError(filename)
        return candidate


def _locator() -> ArchiveLocator:
    return ArchiveLocator(current_app.config["INVOICE_ARCHIVE_ROOT"])


@bp.get("/<year>/<path:filename>")
@login_required
@office_role_required("accounts")
def archived_invoice(year: str, filename: str):
    try:
        path = _locator().locate(year, filename)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=path.name)


@bp.get("/<year>")
@login_required
@office_role_required("accounts")
def archive_year(year: str):
    if not year.isdigit():
        abort(404)
    folder = _locator().root / year
    return {"files": sorted(p.name for p in folder.glob("*.pdf"))}
