"""Route maps for self-guided canoe hire.

Customers hiring a canoe for a day can download GPX tracks and printable
PDF maps of the river sections, with portage points and get-out spots.
Map files are organised in folders by river.
"""

from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)

MAPS_ROOT = Path("/srv/coracle/route-maps").resolve()
MIME_TYPES = {".gpx": "application/gpx+xml", ".pdf": "application/pdf"}


def resolve_map(river: str, name: str, root: Path = MAPS_ROOT) -> Path:
    candidate = (root / river / name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lower() not in MIME_TYPES or not candidate.is_file():
        abort(404)
    return candidate


@app.get("/maps/<river>/<path:name>")
def download_map(river: str, name: str):
    path = resolve_map(river, name)
    return send_file(
        path,
        mimetype=MIME_TYPES[path.suffix.lower()],
        as_attachment=True,
        download_name=path.name,
    )


@app.get("/maps/<river>")
def list_maps(river: str):
    folder = (MAPS_ROOT / river).resolve()
    if not folder.is_relative_to(MAPS_ROOT) or not folder.is_dir():
        abort(404)
    return {
        "river": river,
        "maps": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MIME_TYPES),
    }
