"""Serves vet letters and discharge notes to staff in the kennel staff app."""
import os

from flask import Blueprint, abort, current_app, g, request, send_from_directory

from .auth import staff_required
from .audit import record_access

bp = Blueprint("vet_letters", __name__, url_prefix="/staff/vet-letters")

LETTER_CONFIG = {
    "root": os.environ.get("VET_LETTER_ROOT", "/srv/kennel/vet_letters"),
    "extensions": (".pdf", ".jpg", ".png"),
}


def _pet_folder(pet_id: int) -> str:
    return os.path.join(LETTER_CONFIG["root"], f"pet_{pet_id}")


def list_letters(pet_id: int) -> list[str]:
    folder = _pet_folder(pet_id)
    if not os.path.isdir(folder):
        return []
    return sorted(
        name for name in os.listdir(folder)
        if name.lower().endswith(LETTER_CONFIG["extensions"])
    )


@bp.get("/<int:pet_id>")
@staff_required
def index(pet_id: int):
    return {"letters": list_letters(pet_id)}


@bp.get("/<int:pet_id>/file")
@staff_required
def fetch_letter(pet_id: int):
    filename = request.args.get("name", "")
    if not filename.lower().endswith(LETTER_CONFIG["extensions"]):
        abort(404)
    record_access(staff_id=g.staff_id, pet_id=pet_id, document=filename)
    current_app.logger.info("Staff %s opened vet letter for pet %s", g.staff_id, pet_id)
    return send_from_directory(
        _pet_folder(pet_id),
        filename,
        as_attachment=False,
        max_age=0,
    )
