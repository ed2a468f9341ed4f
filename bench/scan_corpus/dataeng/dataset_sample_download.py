"""Download endpoints for the small sample extracts shown on dataset pages."""
import mimetypes
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

bp = Blueprint("samples", __name__)

SAMPLES_ROOT = os.environ.get("CATALOG_SAMPLES_ROOT", "/srv/catalog/samples")


def _sample_location(dataset_id: str, name: str) -> str:
    return os.path.join(SAMPLES_ROOT, dataset_id, name)


@bp.get("/datasets/<int:dataset_id>/samples")
@login_required
def list_samples(dataset_id: int):
    folder = os.path.join(SAMPLES_ROOT, str(dataset_id))
    if not os.path.isdir(folder):
        return {"samples": []}
    return {"samples": sorted(os.listdir(folder))}


@bp.get("/datasets/<int:dataset_id>/samples/download")
@login_required
def download_sample(dataset_id: int):
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = _sample_location(str(dataset_id), name)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True)
