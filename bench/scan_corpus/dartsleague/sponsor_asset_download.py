"""Sponsor portal: downloads of artwork that sponsors uploaded for the stream.

The livestream operator pulls logos and banner images from here when building
the overlay for a match night.
"""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("sponsor_assets", __name__, url_prefix="/sponsors")

ALLOWED_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".webp"}


def _asset_root(sponsor_slug: str) -> str:
    return os.path.join(current_app.config["SPONSOR_ASSET_DIR"], sponsor_slug)


def _can_view(sponsor_slug: str) -> bool:
    if current_user.is_league_admin or current_user.is_stream_operator:
        return True
    return getattr(current_user, "sponsor_slug", None) == sponsor_slug


@bp.get("/<sponsor_slug>/assets")
@login_required
def list_assets(sponsor_slug: str):
    if not _can_view(sponsor_slug):
        abort(403)
    root = _asset_root(sponsor_slug)
    if not os.path.isdir(root):
        return jsonify([])
    names = sorted(
        n for n in os.listdir(root) if os.path.splitext(n)[1].lower() in ALLOWED_SUFFIXES
    )
    return jsonify(names)


@bp.get("/<sponsor_slug>/assets/<path:filename>")
@login_required
def download_asset(sponsor_slug: str, filename: str):
    if not _can_view(sponsor_slug):
        abort(403)
    full_path = os.path.join(_asset_root(sponsor_slug), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, max_age=3600)
