"""Library of manufacturer service manuals and movement diagrams.

Horologists browse scanned manuals (Hermle, Kieninger, Comitti and older
English fusee movements) from the bench tablets.
"""
import os

from flask import Blueprint, abort, render_template, send_from_directory
from flask_login import login_required

from clockmaker.settings import MANUALS_ROOT

bp = Blueprint("manuals", __name__, url_prefix="/manuals")

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg"}
MAKERS_DIR = os.path.join(MANUALS_ROOT, "makers")


@bp.get("/")
@login_required
def index():
    makers = sorted(d for d in os.listdir(MAKERS_DIR) if os.path.isdir(os.path.join(MAKERS_DIR, d)))
    return render_template("manuals/index.html", makers=makers)


@bp.get("/<maker>/<path:document>")
@login_required
def open_manual(maker: str, document: str):
    if os.path.splitext(document)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(404)
    return send_from_directory(
        MAKERS_DIR,
        f"{maker}/{document}",
        conditional=True,
        max_age=3600,
    )
