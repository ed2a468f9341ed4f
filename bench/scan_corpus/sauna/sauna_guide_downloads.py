"""Serves downloadable sauna etiquette guides and aufguss schedules for each bathhouse."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List

from flask import Blueprint, Flask, abort, jsonify, send_file

guides = Blueprint("guides", __name__, url_prefix="/guides")


@dataclass(frozen=True)
class GuideLibrarySettings:
    root: str = os.environ.get("GUIDE_LIBRARY_ROOT", "/srv/bathhouse/guides")
    allowed_suffixes: tuple = (".pdf", ".png", ".txt")


class GuideLibrary:
    def __init__(self, settings: GuideLibrarySettings = GuideLibrarySettings()) -> None:
        self.settings = settings

    def site_dir(self, site: str) -> str:
        return os.path.join(self.settings.root, site.lower())

    def listing(self, site: str) -> List[str]:
        folder = self.site_dir(site)
        if not os.path.isdir(folder):
            return []
        return sorted(
            name for name in os.listdir(folder)
            if name.endswith(self.settings.allowed_suffixes)
        )

    def locate(self, site: str, document: str) -> str:
        return os.path.join(self.site_dir(site), document)


library = GuideLibrary()


@guides.get("/<site>")
def list_guides(site: str):
    return jsonify(site=site, documents=library.listing(site))


@guides.get("/<site>/<path:document>")
def download_guide(site: str, document: str):
    path = library.locate(site, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(guides)
    return app
