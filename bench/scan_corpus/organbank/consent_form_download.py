"""Liaison portal endpoints for retrieving scanned donor consent forms."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file

bp = Blueprint("consent_forms", __name__, url_prefix="/consent-forms")


class ConsentFormArchive:
    """Scanned paper forms, organised per registering hospital."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def hospital_dir(self, hospital_code: str) -> Path:
        return self.root / hospital_code.upper()

    def path_for(self, hospital_code: str, filename: str) -> Path:
        return self.hospital_dir(hospital_code) / filename

    def listing(self, hospital_code: str) -> list[str]:
        folder = self.hospital_dir(hospital_code)
        return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


archive = ConsentFormArchive(os.environ.get("CONSENT_FORM_ROOT", "/srv/organbank/consent-forms"))


def _current_hospital() -> str:
    principal = getattr(g, "liaison", None)
    if principal is None:
        abort(401)
    return principal.hospital_code


@bp.get("/")
def list_forms():
    return {"forms": archive.listing(_current_hospital())}


@bp.get("/<path:filename>")
def download_form(filename: str):
    target = archive.path_for(_current_hospital(), filename)
    if not target.is_file():
        abort(404)
    mimetype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    return send_file(target, mimetype=mimetype, as_attachment=True, download_name=target.name)
