"""Serves localized patch notes for the launcher news panel."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("patch_notes", __name__, url_prefix="/patch-notes")

SUPPORTED_LOCALES = {"en", "de", "fr", "es", "pt-BR", "ja", "ko", "zh-CN"}


def _notes_root() -> Path:
    return Path(current_app.config["PATCH_NOTES_DIR"])


@bp.get("/<locale>/<path:filename>")
def patch_note(locale: str, filename: str):
    if locale not in SUPPORTED_LOCALES:
        abort(404)
    if not filename.endswith((".md", ".png", ".webp")):
        abort(404)
    # send_from_directory rejects names that escape the locale folder
    return send_from_directory(_notes_root() / locale, filename, max_age=300)


@bp.get("/<locale>/latest")
def latest(locale: str):
    if locale not in SUPPORTED_LOCALES:
        abort(404)
    root = _notes_root() / locale
    notes = sorted(root.glob("*.md"))
    if not notes:
        abort(404)
    return send_from_directory(root, notes[-1].name, max_age=60)
