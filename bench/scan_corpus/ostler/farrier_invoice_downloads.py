"""Lets owners download the farrier and dentist invoices filed against their horses."""

import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file

from ostler.config import settings
from ostler.services.owners import owner_has_horse

bp = Blueprint("farrier_invoices", __name__, url_prefix="/invoices/farrier")

INVOICE_ROOT = Path(settings.MEDIA_ROOT, "farrier_invoices").resolve()


def _resolve_invoice(horse_id: int, filename: str) -> Path:
    base = (INVOICE_ROOT / str(horse_id)).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base):
        abort(404)
    return candidate


@bp.get("/<int:horse_id>/<path:filename>")
def download(horse_id: int, filename: str):
    if not owner_has_horse(g.owner.id, horse_id):
        abort(404)
    path = _resolve_invoice(horse_id, filename)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


@bp.get("/<int:horse_id>")
def index(horse_id: int):
    if not owner_has_horse(g.owner.id, horse_id):
        abort(404)
    folder = INVOICE_ROOT / str(horse_id)
    if not folder.is_dir():
        return {"invoices": []}
    names = sorted(
        entry.name for entry in os.scandir(folder) if entry.is_file() and entry.name.endswith(".pdf")
    )
    return {"invoices": names}
