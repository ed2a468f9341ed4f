"""Download of certificates of conformance for released lots.

Each released lot has a signed PDF certificate; distributors and hospital
pharmacies request it by lot number.
"""
import re

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from needlemaker.lots import lot_visible_to

bp = Blueprint("coc", __name__, url_prefix="/certificates")

LOT_PATTERN = re.compile(r"^[A-Z0-9]{2,4}-\d{6}$")


def certificate_filename(lot_number: str, revision: int) -> str:
    return f"CoC_{lot_number}_r{revision:02d}.pdf"


@bp.get("/<lot_number>")
@login_required
def download_certificate(lot_number: str):
    if not LOT_PATTERN.match(lot_number):
        abort(404)
    lot = lot_visible_to(current_user, lot_number)
    if lot is None or lot.release_status != "released":
        abort(404)
    directory = current_app.config["COC_ARCHIVE_DIR"]
    return send_from_directory(
        directory,
        certificate_filename(lot.lot_number, lot.coc_revision),
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.get("/<lot_number>/attachments/<path:name>")
@login_required
def download_attachment(lot_number: str, name: str):
    lot = lot_visible_to(current_user, lot_number)
    if lot is None:
        abort(404)
    base = current_app.config["COC_ATTACHMENT_DIR"]
    return send_from_directory(base, f"{lot.lot_number}/{name}", as_attachment=True)
