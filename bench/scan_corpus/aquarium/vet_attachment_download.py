"""Download view for attachments on animal health records."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import login_required

from husbandry.models import Animal

bp = Blueprint("vet_attachments", __name__, url_prefix="/vet")


@bp.get("/animals/<int:animal_id>/attachment")
@login_required
def download_attachment(animal_id: int):
    animal = Animal.query.get_or_404(animal_id)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    folder = os.path.join(current_app.config["HEALTH_RECORDS_DIR"], animal.accession_no)
    # send_from_directory 404s on names that would resolve outside `folder`.
    return send_from_directory(folder, name, as_attachment=True)
