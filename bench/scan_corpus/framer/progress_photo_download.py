"""Customer-facing progress photos for framing jobs in the workshop."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file, session

bp = Blueprint("progress", __name__, url_prefix="/my-framing")


def _photo_root() -> Path:
    return Path(current_app.config.get("PHOTO_ROOT", "/srv/framer/intake_photos")).resolve()


def resolve_photo(ticket_no: int, name: str) -> Path:
    root = _photo_root()
    candidate = (root / str(ticket_no) / name).resolve()
    if not candidate.is_relative_to(root / str(ticket_no)):
        raise PermissionError(name)
    return candidate


def _tickets_for_session() -> set:
    return set(session.get("claimed_tickets", []))


@bp.get("/<int:ticket_no>/photos/<path:name>")
def photo(ticket_no: int, name: str):
    if ticket_no not in _tickets_for_session():
        abort(403)
    try:
        path = resolve_photo(ticket_no, name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, max_age=600)


@bp.get("/<int:ticket_no>/photos")
def gallery(ticket_no: int):
    if ticket_no not in _tickets_for_session():
        abort(403)
    folder = _photo_root() / str(ticket_no)
    names = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})
    size = request.args.get("size", "thumb")
    return {"ticket": ticket_no, "size": size, "photos": names}
