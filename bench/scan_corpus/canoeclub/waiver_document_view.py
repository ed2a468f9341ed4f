"""Serves signed liability waivers to committee members.

Waivers are scanned at the boathouse and dropped into a shared folder;
the safety officer can view them from the admin area of the portal.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, g, render_template, send_file

bp = Blueprint("waivers", __name__, url_prefix="/admin/waivers")

WAIVER_ROOT = os.environ.get("WAIVER_ROOT", "/srv/canoeclub/waivers")
ALLOWED_ROLES = {"safety_officer", "secretary", "commodore"}


def committee_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        user = getattr(g, "user", None)
        if user is None or user.role not in ALLOWED_ROLES:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@bp.get("/")
@committee_only
def list_waivers():
    entries = sorted(
        (name for name in os.listdir(WAIVER_ROOT) if name.lower().endswith(".pdf")),
        reverse=True,
    )
    return render_template("admin/waivers.html", waivers=entries)


@bp.get("/<path:filename>")
@committee_only
def show_waiver(filename: str):
    full_path = os.path.join(WAIVER_ROOT, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=False)
