"""Before-and-after photos for skin and facial treatment courses.

Therapists upload photos during a course of facials; clients can view their
own photos in the booking portal.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

app = Flask(__name__)


@dataclass(frozen=True)
class PhotoStore:
    root: Path = Path("/srv/spa/treatment-photos")
    allowed_suffixes: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".webp")

    def client_root(self, client_id: int) -> Path:
        return (self.root / str(client_id)).resolve()

    def resolve(self, client_id: int, relative: str) -> Path:
        base = self.client_root(client_id)
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError("photo path outside client folder")
        if candidate.suffix.lower() not in self.allowed_suffixes:
            raise PermissionError("unsupported photo type")
        return candidate


STORE = PhotoStore()


def _can_view(client_id: int) -> bool:
    return current_user.client_id == client_id or current_user.has_role("therapist")


@app.get("/clients/<int:client_id>/photos/<path:relative>")
@login_required
def photo(client_id: int, relative: str):
    if not _can_view(client_id):
        abort(403)
    try:
        path = STORE.resolve(client_id, relative)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, max_age=300)
