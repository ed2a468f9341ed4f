"""Serve sample extracts for datasets in the catalog."""
import os
import re

from flask import Blueprint, abort, request, send_from_directory
from flask_login import login_required

bp = Blueprint("sample_api", __name__, url_prefix="/api/datasets")

SAMPLES_ROOT = os.environ.get("CATALOG_SAMPLES_ROOT", "/srv/catalog/samples")
DATASET_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@bp.get("/<dataset_id>/samples")
@login_required
def list_samples(dataset_id: str):
    if not DATASET_ID.match(dataset_id):
        abort(404)
    folder = os.path.join(SAMPLES_ROOT, dataset_id)
    return {"samples": sorted(os.listdir(folder)) if os.path.isdir(folder) else []}


@bp.get("/<dataset_id>/samples/file")
@login_required
def get_sample(dataset_id: str):
    if not DATASET_ID.match(dataset_id):
        abort(404)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    return send_from_directory(os.path.join(SAMPLES_ROOT, dataset_id), name, as_attachment=True)
