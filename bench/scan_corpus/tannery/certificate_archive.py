"""Internal archive browser for certification documents (QA and audit prep).

Auditors from LWG and buyers' compliance teams are given read access to the
archive tree during an audit; paths in the URL mirror the folder layout.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import login_required

bp = Blueprint("cert_archive", __name__, url_prefix="/archive")


def archive_root() -> Path:
    return Path(current_app.config.get("CERT_ARCHIVE", "/srv/tannery/cert_archive")).resolve()


def resolve_inside(root: Path, requested: str) -> Path:
    candidate = (root / requested).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


def _entry(path: Path, root: Path) -> dict:
    stat = path.stat()
    return {
        "name": path.name,
        "path": str(path.relative_to(root)),
        "is_dir": path.is_dir(),
        "size": stat.st_size if path.is_file() else None,
    }


@bp.get("/", defaults={"subpath": ""})
@bp.get("/<path:subpath>")
@login_required
def browse(subpath: str):
    root = archive_root()
    target = resolve_inside(root, subpath)
    if not target.exists():
        abort(404)
    if target.is_file():
        return send_file(target, as_attachment=True)
    entries = sorted(target.iterdir(), key=lambda p: (not p.is_dir(), p.name.lower()))
    return jsonify({
        "path": str(target.relative_to(root)),
        "entries": [_entry(p, root) for p in entries if not p.name.startswith(".")],
    })
