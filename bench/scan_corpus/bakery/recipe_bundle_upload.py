"""Upload endpoint for recipe bundles from product development.

A bundle is a gzipped tarball with recipe.json at the top level plus
optional photos/ and allergen sheets. The recipe is validated and stored
as a draft; the extracted files are kept for the QA sign-off screen.
"""
import json
import tarfile
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("recipe_bundles", __name__, url_prefix="/api/recipes")

REQUIRED_KEYS = {"code", "name", "yield_kg", "ingredients"}


def _bundle_root() -> Path:
    root = Path(current_app.config["RECIPE_BUNDLE_DIR"])
    root.mkdir(parents=True, exist_ok=True)
    return root


def _unpack(stream, dest: Path) -> list[str]:
    with tarfile.open(fileobj=stream, mode="r:gz") as bundle:
        members = [m for m in bundle.getmembers() if m.isfile() or m.isdir()]
        bundle.extractall(path=dest, members=members)
    return [m.name for m in members if m.isfile()]


@bp.post("/bundles")
def upload_bundle():
    upload = request.files.get("bundle")
    if upload is None or not upload.filename.endswith((".tar.gz", ".tgz")):
        abort(400, "expected a .tar.gz recipe bundle")

    dest = _bundle_root() / uuid.uuid4().hex
    dest.mkdir()
    files = _unpack(upload.stream, dest)

    recipe_file = dest / "recipe.json"
    if not recipe_file.is_file():
        abort(422, "bundle has no recipe.json")
    recipe = json.loads(recipe_file.read_text(encoding="utf-8"))
    missing = REQUIRED_KEYS - recipe.keys()
    if missing:
        abort(422, f"recipe.json missing: {', '.join(sorted(missing))}")

    current_app.extensions["recipe_store"].save_draft(recipe, bundle_dir=str(dest))
    return jsonify({"code": recipe["code"], "files": files}), 201
