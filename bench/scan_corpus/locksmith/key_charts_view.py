"""Download master-key charts (PDF) for a customer site."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

charts = Blueprint("charts", __name__)


def _chart_dir() -> str:
    return current_app.config["KEY_CHART_DIR"]


@charts.get("/sites/<int:site_id>/chart")
@login_required
def download_chart(site_id: int):
    if not current_user.can_view_site(site_id):
        abort(403)
    name = request.args.get("file", f"site-{site_id}.pdf")
    path = os.path.join(_chart_dir(), str(site_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
