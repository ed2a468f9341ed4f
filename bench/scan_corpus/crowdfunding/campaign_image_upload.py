"""Campaign hero image upload for the creator dashboard."""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Campaign, db

bp = Blueprint("campaign_images", __name__)

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "webp"}


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@bp.post("/campaigns/<int:campaign_id>/hero")
@login_required
def upload_hero(campaign_id: int):
    campaign = Campaign.query.get_or_404(campaign_id)
    if campaign.owner_id != current_user.id:
        abort(403)
    file = request.files.get("image")
    if file is None or not file.filename:
        abort(400)
    original = secure_filename(file.filename)
    if _extension(original) not in ALLOWED_EXTENSIONS:
        abort(415)

    stored_name = f"{uuid.uuid4().hex}_{original}"
    upload_dir = os.path.join(current_app.config["CAMPAIGN_IMAGE_DIR"], str(campaign_id))
    os.makedirs(upload_dir, mode=0o750, exist_ok=True)
    file.save(os.path.join(upload_dir, stored_name))

    campaign.hero_image = f"{campaign_id}/{stored_name}"
    db.session.commit()
    return jsonify({"hero_image": campaign.hero_image}), 201
