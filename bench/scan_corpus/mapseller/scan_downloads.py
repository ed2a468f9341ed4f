"""Download high-resolution scans for customers who bought reproduction rights."""
import os

from flask import Blueprint, abort, send_file, session

from .licences import has_licence

bp = Blueprint("scans", __name__)

SCAN_ROOT = os.environ.get("MAPSELLER_SCAN_ROOT", "/srv/mapseller/scans")
SCAN_EXTENSIONS = (".tif", ".tiff", ".jpg")


def _require_login() -> int:
    cid = session.get("collector_id")
    if cid is None:
        abort(401)
    return cid


def _scan_path(stock_ref: str, filename: str) -> str:
    return os.path.join(SCAN_ROOT, stock_ref, filename)


@bp.get("/licensed/<stock_ref>/<path:filename>")
def download_scan(stock_ref: str, filename: str):
    collector_id = _require_login()
    if not has_licence(collector_id, stock_ref):
        abort(403)
    path = _scan_path(stock_ref, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@bp.get("/licensed/<stock_ref>/")
def list_scans(stock_ref: str):
    collector_id = _require_login()
    if not has_licence(collector_id, stock_ref):
        abort(403)
    folder = os.path.join(SCAN_ROOT, stock_ref)
    if not os.path.isdir(folder):
        abort(404)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(SCAN_EXTENSIONS))
    return {"stock_ref": stock_ref, "files": names}
