"""Serves safety data sheets (SDS) to boutique staff and B2B customers."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
app.config.from_prefixed_env(prefix="SDS")

SDS_ROOT = Path(os.environ.get("SDS_ROOT", "/srv/sds")).resolve()
ALLOWED_SUFFIXES = {".pdf"}
LANGUAGES = {"en", "fr", "de", "it", "es", "ja"}


class SdsLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root

    def resolve(self, language: str, filename: str) -> Path:
        if language not in LANGUAGES:
            raise FileNotFoundError(language)
        candidate = (self.root / language / filename).resolve()
        if not candidate.is_relative_to(self.root / language):
            raise PermissionError(filename)
        if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate

    def catalogue(self, language: str) -> list[str]:
        folder = self.root / language
        return sorted(p.name for p in folder.glob("*.pdf")) if language in LANGUAGES else []


library = SdsLibrary(SDS_ROOT)


@app.get("/sds/<language>/")
def list_sheets(language: str):
    return {"language": language, "sheets": library.catalogue(language)}


@app.get("/sds/<language>/<path:filename>")
def download_sheet(language: str, filename: str):
    try:
        path = library.resolve(language, filename)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=path.name)
