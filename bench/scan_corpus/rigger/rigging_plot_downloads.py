"""Client portal: download rigging plot PDFs and DWGs for a show."""
import os

from flask import Blueprint, abort, current_app, g, render_template, send_file

from .auth import login_required
from .models import Show

bp = Blueprint("plot_downloads", __name__, url_prefix="/portal/shows")

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".dwg": "application/acad",
    ".dxf": "image/vnd.dxf",
}


def plot_dir(show: Show) -> str:
    return os.path.join(current_app.config["PLOT_STORAGE"], str(show.client_id), show.code)


def _show_for_client(show_code: str) -> Show:
    show = Show.query.filter_by(code=show_code, client_id=g.user.client_id).first()
    if show is None:
        abort(404)
    return show


@bp.get("/<show_code>/plots")
@login_required
def list_plots(show_code: str):
    show = _show_for_client(show_code)
    folder = plot_dir(show)
    files = sorted(
        name for name in os.listdir(folder)
        if os.path.splitext(name)[1].lower() in MIME_TYPES
    ) if os.path.isdir(folder) else []
    return render_template("portal/plots.html", show=show, files=files)


@bp.get("/<show_code>/plots/<path:filename>")
@login_required
def download_plot(show_code: str, filename: str):
    show = _show_for_client(show_code)
    full_path = os.path.join(plot_dir(show), filename)
    if not os.path.isfile(full_path):
        abort(404)
    ext = os.path.splitext(full_path)[1].lower()
    return send_file(
        full_path,
        mimetype=MIME_TYPES.get(ext, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
