import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("rx_maps", __name__)

MAP_ROOT = os.environ.get("RX_MAP_ROOT", "/srv/agronomy/rx-maps")


@bp.get("/rx-maps")
@login_required
def list_rx_maps():
    farm_dir = os.path.join(MAP_ROOT, str(current_user.farm_id))
    if not os.path.isdir(farm_dir):
        return {"maps": []}
    names = sorted(n for n in os.listdir(farm_dir) if n.endswith((".shp.zip", ".isoxml.zip")))
    return {"maps": names}


@bp.get("/rx-maps/download")
@login_required
def download_rx_map():
    """Variable-rate prescription maps for the grower's own farm."""
    name = request.args.get("file", "")
    path = os.path.join(MAP_ROOT, str(current_user.farm_id), name)
    if not name or not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
