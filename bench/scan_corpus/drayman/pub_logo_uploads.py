"""Pub logo uploads for printed delivery notes and the portal header.

Landlords can upload their pub sign or logo; it is printed on the delivery
notes the driver hands over and shown in the portal.
"""
import os
import uuid

from flask import Blueprint, abort, g, jsonify, request
from PIL import Image
from werkzeug.utils import secure_filename

from drayman.db import db
from drayman.portal.auth import portal_login_required
from drayman.settings import settings

bp = Blueprint("pub_logo", __name__, url_prefix="/portal/logo")

ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg"}
MAX_EDGE_PX = 1200


def _target_path(account_ref: str, original_name: str) -> str:
    cleaned = secure_filename(original_name)
    stem, ext = os.path.splitext(cleaned)
    if ext.lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    folder = os.path.join(settings.LOGO_UPLOAD_DIR, secure_filename(account_ref))
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"{stem or 'logo'}-{uuid.uuid4().hex[:8]}{ext.lower()}")


@bp.post("/")
@portal_login_required
def upload_logo():
    upload = request.files.get("logo")
    if upload is None or not upload.filename:
        abort(400)
    path = _target_path(g.portal_user.account_ref, upload.filename)
    with Image.open(upload.stream) as img:
        img.thumbnail((MAX_EDGE_PX, MAX_EDGE_PX))
        img.save(path)
    account = g.portal_user.pub_account
    account.logo_path = os.path.relpath(path, settings.LOGO_UPLOAD_DIR)
    db.session.commit()
    return jsonify(logo=account.logo_path), 201
