"""Let customers download the individual font files covered by their desktop licences."""

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from typefounder.models import DownloadEvent, Licence, db

bp = Blueprint("licensed_downloads", __name__, url_prefix="/account/downloads")


class FontStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def family_dir(self, family_slug: str, version: str) -> Path:
        return self.root / family_slug / version

    def list_files(self, family_slug: str, version: str) -> list[str]:
        folder = self.family_dir(family_slug, version)
        return sorted(p.name for p in folder.iterdir() if p.is_file())


def _store() -> FontStore:
    return FontStore(current_app.config["FONT_STORE_ROOT"])


def _licence_or_404(licence_id: int) -> Licence:
    licence = Licence.query.filter_by(id=licence_id, customer_id=current_user.customer_id).first()
    if licence is None or not licence.covers_desktop:
        abort(404)
    return licence


@bp.get("/<int:licence_id>")
@login_required
def list_downloads(licence_id: int):
    licence = _licence_or_404(licence_id)
    return {"files": _store().list_files(licence.family_slug, licence.family_version)}


@bp.get("/<int:licence_id>/file")
@login_required
def download_file(licence_id: int):
    licence = _licence_or_404(licence_id)
    filename = request.args.get("name", "")
    folder = _store().family_dir(licence.family_slug, licence.family_version)
    target = folder / filename
    if not filename or not target.is_file():
        abort(404)
    db.session.add(DownloadEvent(licence_id=licence.id, filename=filename, user_id=current_user.id))
    db.session.commit()
    return send_file(target, as_attachment=True, download_name=target.name)
