"""Lets our wholesale account managers upload lookbooks and line sheets for retailers."""
import os
from datetime import datetime

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("lookbooks", __name__, url_prefix="/wholesale/lookbooks")

ALLOWED_EXT = {"pdf", "xlsx", "csv", "jpg", "png"}
SEASONS = ("SS", "AW")


def allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXT


def season_folder(season: str, year: int) -> str:
    if season not in SEASONS or not 2015 <= year <= datetime.now().year + 1:
        raise ValueError("unknown season")
    return f"{season}{year % 100:02d}"


@bp.route("/upload", methods=["GET", "POST"])
@login_required
def upload():
    if not current_user.has_role("account_manager"):
        return redirect(url_for("wholesale.home"))
    if request.method == "GET":
        return render_template("lookbooks/upload.html", seasons=SEASONS)
    f = request.files.get("document")
    if f is None or not f.filename or not allowed(f.filename):
        flash("Choose a PDF, spreadsheet or image.")
        return redirect(request.url)
    try:
        folder = season_folder(request.form["season"], int(request.form["year"]))
    except (KeyError, ValueError):
        flash("Pick a valid season and year.")
        return redirect(request.url)
    name = secure_filename(f.filename)
    dest_dir = os.path.join(current_app.config["LOOKBOOK_DIR"], folder)
    os.makedirs(dest_dir, exist_ok=True)
    f.save(os.path.join(dest_dir, name))
    flash(f"Uploaded {name} to {folder}.")
    return redirect(url_for("lookbooks.upload"))
