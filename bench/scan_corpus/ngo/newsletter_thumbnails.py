"""Generate thumbnails for images uploaded into the newsletter editor."""
import re
import subprocess
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("newsletter_images", __name__)

ALLOWED = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
SIZES = {"thumb": "240x240", "inline": "600x600"}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "image"


def make_variant(src: Path, dst: Path, geometry: str) -> None:
    subprocess.run(
        ["convert", str(src), "-auto-orient", "-strip", "-thumbnail", f"{geometry}>", str(dst)],
        check=True,
        timeout=60,
        capture_output=True,
    )


@bp.post("/campaigns/<int:campaign_id>/images")
@login_required
def upload_image(campaign_id: int):
    upload = request.files.get("image")
    if upload is None or not upload.filename:
        abort(400)
    ext = Path(secure_filename(upload.filename)).suffix.lower()
    if ext not in ALLOWED:
        abort(415)

    media_dir = Path(current_app.config["MEDIA_ROOT"]) / "campaigns" / str(campaign_id)
    media_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{_slug(request.form.get('alt_text', ''))}-{uuid.uuid4().hex[:8]}"
    original = media_dir / f"{stem}{ext}"
    upload.save(original)

    urls = {}
    for name, geometry in SIZES.items():
        variant = media_dir / f"{stem}-{name}{ext}"
        make_variant(original, variant, geometry)
        urls[name] = f"{current_app.config['MEDIA_URL']}campaigns/{campaign_id}/{variant.name}"
    return jsonify(urls), 201
