"""Flask blueprint serving CSV exports of sensor history to farmers."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, g, request, send_from_directory

from portal.auth import login_required

bp = Blueprint("exports", __name__, url_prefix="/exports")


def _export_dir_for(farm_id: int) -> str:
    root = current_app.config["EXPORT_ROOT"]
    return f"{root}/{int(farm_id)}"


@bp.get("/<int:farm_id>/")
@login_required
def download(farm_id: int):
    if farm_id not in g.user.farm_ids:
        abort(403)
    filename = request.args.get("file", "")
    if not filename.endswith(".csv"):
        abort(400)
    # send_from_directory rejects names that would escape the farm's export folder
    return send_from_directory(
        _export_dir_for(farm_id),
        filename,
        mimetype="text/csv",
        as_attachment=True,
        max_age=0,
    )
