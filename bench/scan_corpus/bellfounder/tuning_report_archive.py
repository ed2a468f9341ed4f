"""Archive of historic tuning certificates, browsable by year for visiting researchers."""

import os

from flask import Blueprint, abort, current_app, render_template, send_from_directory

bp = Blueprint("tuning_archive", __name__, url_prefix="/archive/certificates")


def _archive_root() -> str:
    return current_app.config["TUNING_ARCHIVE_DIR"]


def _year_folder(year: int) -> str:
    return os.path.join(_archive_root(), f"{year:04d}")


@bp.get("/<int:year>/")
def certificates_for_year(year: int):
    folder = _year_folder(year)
    if not os.path.isdir(folder):
        abort(404)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return render_template("archive/certificates.html", year=year, names=names)


@bp.get("/<int:year>/<path:filename>")
def certificate_file(year: int, filename: str):
    folder = _year_folder(year)
    if not os.path.isdir(folder):
        abort(404)
    return send_from_directory(folder, filename, mimetype="application/pdf", max_age=86400)
