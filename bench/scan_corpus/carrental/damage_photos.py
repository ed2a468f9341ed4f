"""Serves damage inspection photos to claims handlers and customers."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import DamageClaim

bp = Blueprint("damage_photos", __name__)


def _photo_root() -> str:
    return current_app.config["DAMAGE_PHOTO_ROOT"]


@bp.get("/claims/<int:claim_id>/photos/<path:filename>")
@login_required
def claim_photo(claim_id: int, filename: str):
    claim = DamageClaim.query.get_or_404(claim_id)
    if not (current_user.is_claims_handler or claim.customer_id == current_user.id):
        abort(403)

    path = os.path.join(_photo_root(), str(claim.id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=3600)


@bp.get("/claims/<int:claim_id>/photos")
@login_required
def list_photos(claim_id: int):
    claim = DamageClaim.query.get_or_404(claim_id)
    if not (current_user.is_claims_handler or claim.customer_id == current_user.id):
        abort(403)
    folder = os.path.join(_photo_root(), str(claim.id))
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg")))
    return {"claim": claim.id, "photos": names}
