"""Back-office endpoint for downloading signed guest waivers."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, Flask, abort, send_file
from flask_login import LoginManager, login_required

waivers = Blueprint("waivers", __name__, url_prefix="/office/waivers")


class WaiverArchive:
    """Signed waivers are stored as PDFs grouped by season."""

    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def season_dir(self, season: str) -> Path:
        return self.root / season

    def path_for(self, season: str, filename: str) -> Path:
        return self.season_dir(season) / filename

    def listing(self, season: str) -> list[str]:
        folder = self.season_dir(season)
        return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


archive = WaiverArchive(os.environ.get("WAIVER_ARCHIVE", "/srv/waivers"))


@waivers.get("/<season>")
@login_required
def list_waivers(season: str):
    return {"season": season, "files": archive.listing(season)}


@waivers.get("/<season>/<path:filename>")
@login_required
def download_waiver(season: str, filename: str):
    target = archive.path_for(season, filename)
    if not target.is_file():
        abort(404)
    return send_file(target, mimetype="application/pdf", as_attachment=True, download_name=target.name)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["OFFICE_SECRET_KEY"]
    LoginManager(app)
    app.register_blueprint(waivers)
    return app
