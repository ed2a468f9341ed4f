"""Let staff and customers download signed waiver PDFs."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, Flask, abort, request, send_file

bp = Blueprint("waivers", __name__, url_prefix="/waivers")


@dataclass(frozen=True)
class WaiverStorage:
    root: str = os.environ.get("WAIVER_PDF_ROOT", "/srv/saltline/waivers")
    season: str = os.environ.get("WAIVER_SEASON", "2024-25")

    def season_dir(self) -> str:
        return os.path.join(self.root, self.season)

    def locate(self, document: str) -> str:
        return os.path.join(self.season_dir(), document)


storage = WaiverStorage()


def _requested_document() -> str:
    name = request.args.get("doc", "")
    if not name.lower().endswith(".pdf"):
        abort(400, "only PDF waivers can be downloaded")
    return name


@bp.get("/download")
def download_waiver():
    path = storage.locate(_requested_document())
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(path),
    )


@bp.get("/count")
def waiver_count():
    directory = storage.season_dir()
    total = sum(1 for n in os.listdir(directory) if n.endswith(".pdf"))
    return {"season": storage.season, "signed": total}


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(bp)
    return app
