import os

from flask import Blueprint, abort, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("yield_maps", __name__)

YIELD_MAP_ROOT = os.environ.get("YIELD_MAP_ROOT", "/srv/agronomy/yield-maps")


@bp.get("/yield-maps/download")
@login_required
def download_yield_map():
    """Cleaned yield map exports (shapefile zips) for the grower's farm."""
    name = request.args.get("file", "")
    if not name:
        abort(404)
    farm_dir = os.path.join(YIELD_MAP_ROOT, str(int(current_user.farm_id)))
    # send_from_directory rejects names that resolve outside farm_dir
    return send_from_directory(farm_dir, name, as_attachment=True)
