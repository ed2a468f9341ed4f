"""Serves photos attached to cask repair tickets.

Repair technicians photograph a cask on arrival (leaking croze, split head,
loose hoops) and after repair. Customers and staff download those photos
from the repair ticket page.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from cooperage.repairs import ticket_visible_to

bp = Blueprint("repair_photos", __name__)


class PhotoStorage:
    def __init__(self, root: str):
        self.root = root

    def ticket_folder(self, ticket_id: int) -> str:
        return os.path.join(self.root, "tickets", str(ticket_id))

    def photo_path(self, ticket_id: int, filename: str) -> str:
        return os.path.join(self.ticket_folder(ticket_id), filename)

    def list_photos(self, ticket_id: int) -> list[str]:
        folder = Path(self.ticket_folder(ticket_id))
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


def _storage() -> PhotoStorage:
    return PhotoStorage(current_app.config["REPAIR_PHOTO_ROOT"])


@bp.get("/repairs/<int:ticket_id>/photos")
@login_required
def list_ticket_photos(ticket_id: int):
    if not ticket_visible_to(ticket_id, current_user):
        abort(404)
    return {"photos": _storage().list_photos(ticket_id)}


@bp.get("/repairs/<int:ticket_id>/photos/<path:filename>")
@login_required
def download_ticket_photo(ticket_id: int, filename: str):
    if not ticket_visible_to(ticket_id, current_user):
        abort(404)
    path = _storage().photo_path(ticket_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=False)
