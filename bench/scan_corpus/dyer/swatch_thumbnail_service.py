"""Thumbnails of client swatch scans for the colour-matching job board.

Thumbnails are generated on first request and cached next to the scan in
``<SWATCH_ROOT>/<account_code>/.thumbs/``.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required
from PIL import Image

from dyer.settings import SWATCH_ROOT

bp = Blueprint("swatch_thumbs", __name__)

THUMB_SIZE = (240, 240)
ROOT = Path(SWATCH_ROOT).resolve()


def _resolve_in_account(account_code: str, name: str) -> Path:
    account_dir = (ROOT / account_code).resolve()
    candidate = (account_dir / name).resolve()
    if not candidate.is_relative_to(account_dir) or account_dir.parent != ROOT:
        abort(404)
    return candidate


def _thumbnail_for(source: Path) -> Path:
    thumb = source.parent / ".thumbs" / (source.stem + ".jpg")
    if not thumb.exists() or thumb.stat().st_mtime < source.stat().st_mtime:
        thumb.parent.mkdir(exist_ok=True)
        with Image.open(source) as img:
            img.thumbnail(THUMB_SIZE)
            img.convert("RGB").save(thumb, "JPEG", quality=85)
    return thumb


@bp.get("/swatches/<account_code>/<path:name>/thumb")
@login_required
def swatch_thumbnail(account_code: str, name: str):
    if not (current_user.is_staff or current_user.account_code == account_code):
        abort(403)
    source = _resolve_in_account(account_code, name)
    if not source.is_file():
        abort(404)
    return send_file(_thumbnail_for(source), mimetype="image/jpeg", max_age=86400)
