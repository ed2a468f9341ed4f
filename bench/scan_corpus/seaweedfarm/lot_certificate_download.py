"""Buyer portal endpoint that serves harvest lot certificates.

Certificates (lab results, heavy-metal screens, origin statements) are
stored as PDFs under the certificate volume, one folder per season.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, Flask, abort, request, send_file

bp = Blueprint("certificates", __name__)


@dataclass(frozen=True)
class CertificateStore:
    root: str = os.environ.get("CERT_ROOT", "/srv/swf/certificates")

    def season_dir(self, season: str) -> str:
        if not season.isdigit():
            raise ValueError("season must be a year")
        return os.path.join(self.root, season)

    def locate(self, season: str, filename: str) -> str:
        return os.path.join(self.season_dir(season), filename)


class CertificateService:
    store = CertificateStore()
    allowed_types = {"pdf": "application/pdf", "csv": "text/csv"}

    @classmethod
    def resolve(cls, season: str, filename: str) -> tuple[str, str]:
        ext = filename.rsplit(".", 1)[-1].lower()
        mimetype = cls.allowed_types.get(ext)
        if mimetype is None:
            raise ValueError("unsupported certificate type")
        return cls.store.locate(season, filename), mimetype


@bp.get("/certificates/<season>")
def download_certificate(season: str):
    filename = request.args.get("file", "")
    try:
        path, mimetype = CertificateService.resolve(season, filename)
    except ValueError:
        abort(400)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(path))


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(bp, url_prefix="/buyer")
    return app
