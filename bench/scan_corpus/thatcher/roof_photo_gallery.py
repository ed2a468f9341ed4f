"""Serves before-and-after roof photos for the public project gallery.

The marketing pages show finished jobs (new ridges, re-coated cottages,
restored church roofs). Photos live in folders per project on disk and are
served by name from the gallery page.
"""

from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
app.config.from_prefixed_env("THATCHER")

GALLERY_ROOT = Path(app.config.get("GALLERY_DIR", "/srv/thatcher/gallery")).resolve()
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def resolve_gallery_file(project: str, photo: str) -> Path | None:
    candidate = (GALLERY_ROOT / project / photo).resolve()
    if not candidate.is_relative_to(GALLERY_ROOT):
        return None
    if candidate.suffix.lower() not in IMAGE_SUFFIXES or not candidate.is_file():
        return None
    return candidate


@app.get("/gallery/<project>/<path:photo>")
def gallery_photo(project: str, photo: str):
    path = resolve_gallery_file(project, photo)
    if path is None:
        abort(404)
    response = send_file(path, max_age=86400)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


@app.get("/gallery/<project>")
def gallery_index(project: str):
    folder = (GALLERY_ROOT / project).resolve()
    if not folder.is_relative_to(GALLERY_ROOT) or not folder.is_dir():
        abort(404)
    photos = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    return {"project": project, "photos": photos}
