"""Vet team endpoints for attachments on animal health records (radiographs, lab PDFs)."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

from husbandry.models import Animal

bp = Blueprint("health_files", __name__, url_prefix="/vet")


def _records_root() -> str:
    return current_app.config["HEALTH_RECORDS_DIR"]


@bp.get("/animals/<int:animal_id>/attachments")
@login_required
def list_attachments(animal_id: int):
    animal = Animal.query.get_or_404(animal_id)
    folder = os.path.join(_records_root(), animal.accession_no)
    if not os.path.isdir(folder):
        return {"animal": animal.accession_no, "files": []}
    return {"animal": animal.accession_no, "files": sorted(os.listdir(folder))}


@bp.get("/animals/<int:animal_id>/attachment")
@login_required
def get_attachment(animal_id: int):
    animal = Animal.query.get_or_404(animal_id)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(_records_root(), animal.accession_no, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
