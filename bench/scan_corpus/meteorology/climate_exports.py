"""Flask blueprint serving pre-generated climate CSV extracts."""
from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import login_required

bp = Blueprint("climate_exports", __name__, url_prefix="/climate/exports")


@bp.get("/<network>/<path:filename>")
@login_required
def download(network: str, filename: str):
    if network not in current_app.config["CLIMATE_NETWORKS"]:
        abort(404)
    if not filename.endswith(".csv"):
        abort(404)
    export_dir = current_app.config["CLIMATE_EXPORT_ROOT"]
    return send_from_directory(
        export_dir,
        f"{network}/{filename}",
        as_attachment=True,
        mimetype="text/csv",
        max_age=3600,
    )
