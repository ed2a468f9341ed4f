"""Photo download for the lost property match page.

Each found item can have up to four photos, stored as
``<PHOTO_ROOT>/<item id>/<file name>``. Customers who have a pending match
can view them before travelling to the office.
"""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Match

bp = Blueprint("lp_photos", __name__, url_prefix="/lost-property")


def _photo_root() -> str:
    return current_app.config.get("LOST_PROPERTY_PHOTOS", "/srv/lostproperty/photos")


@bp.get("/matches/<int:match_id>/photos/<path:filename>")
@login_required
def match_photo(match_id: int, filename: str):
    match = Match.query.filter_by(id=match_id, customer_id=current_user.id).first_or_404()
    item_dir = os.path.join(_photo_root(), str(match.item_id))
    if not os.path.isdir(item_dir):
        abort(404)
    return send_from_directory(item_dir, filename, max_age=3600)
