"""Customer download of archived monthly hire invoices."""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from wheelchairhire.config import settings

bp = Blueprint("invoice_archive", __name__)

ARCHIVE_ROOT = Path(settings.INVOICE_ARCHIVE_DIR).resolve()


def _account_dir(account_no: str) -> Path:
    folder = (ARCHIVE_ROOT / account_no).resolve()
    if folder.parent != ARCHIVE_ROOT:
        abort(404)
    return folder


def _resolve_invoice(account_no: str, filename: str) -> Path:
    folder = _account_dir(account_no)
    candidate = (folder / filename).resolve()
    if not candidate.is_relative_to(folder) or candidate.suffix.lower() != ".pdf":
        abort(404)
    return candidate


@bp.get("/accounts/<account_no>/invoices")
@login_required
def list_invoices(account_no: str):
    if account_no != current_user.account_no and not current_user.is_staff:
        abort(403)
    folder = _account_dir(account_no)
    return {"invoices": sorted(p.name for p in folder.glob("*.pdf"))}


@bp.get("/accounts/<account_no>/invoices/<path:filename>")
@login_required
def download_invoice(account_no: str, filename: str):
    if account_no != current_user.account_no and not current_user.is_staff:
        abort(403)
    path = _resolve_invoice(account_no, filename)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
