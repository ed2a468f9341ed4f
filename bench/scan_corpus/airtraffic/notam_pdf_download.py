"""Download endpoint for published NOTAM summary bulletins (PIB PDFs)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("pib", __name__, url_prefix="/pib")
FIR_RE = re.compile(r"^[A-Z]{4}$")


@dataclass(frozen=True)
class BulletinConfig:
    directory: str
    cache_seconds: int = 300

    @classmethod
    def from_app(cls) -> "BulletinConfig":
        return cls(
            directory=current_app.config.get("PIB_DIRECTORY", os.environ.get("PIB_DIRECTORY", "/srv/pib")),
            cache_seconds=int(current_app.config.get("PIB_CACHE_SECONDS", 300)),
        )

    def fir_directory(self, fir: str) -> str:
        if not FIR_RE.fullmatch(fir):
            abort(404)
        return os.path.join(self.directory, fir)


@bp.get("/<fir>/<path:bulletin>")
def download_bulletin(fir: str, bulletin: str):
    config = BulletinConfig.from_app()
    if not bulletin.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(
        config.fir_directory(fir.upper()),
        bulletin,
        mimetype="application/pdf",
        as_attachment=True,
        max_age=config.cache_seconds,
    )


@bp.get("/<fir>/")
def list_bulletins(fir: str):
    config = BulletinConfig.from_app()
    folder = config.fir_directory(fir.upper())
    if not os.path.isdir(folder):
        abort(404)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return {"fir": fir.upper(), "bulletins": names}
