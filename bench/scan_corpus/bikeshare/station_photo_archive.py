"""Imports zipped batches of station photos taken by field mechanics."""

import zipfile
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from bikeshare.maintenance import auth, PhotoIndex

bp = Blueprint("station_photos", __name__, url_prefix="/maintenance/photos")

PHOTO_SETTINGS = {
    "root": Path("/srv/bikeshare/station-photos"),
    "allowed_suffixes": {".jpg", ".jpeg", ".png", ".heic"},
    "max_members": 500,
    "max_member_bytes": 25 * 1024 * 1024,
}


@dataclass
class ImportResult:
    stored: list[str]
    skipped: list[str]


def _target_for(dest: Path, member_name: str) -> Path | None:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        return None
    return target


def extract_photos(archive, station_id: int, settings: dict = PHOTO_SETTINGS) -> ImportResult:
    dest = (settings["root"] / str(station_id)).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    result = ImportResult([], [])
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > settings["max_members"]:
            raise ValueError("too many files in archive")
        for member in members:
            suffix = Path(member.filename).suffix.lower()
            target = _target_for(dest, member.filename)
            if (target is None or suffix not in settings["allowed_suffixes"]
                    or member.file_size > settings["max_member_bytes"]):
                result.skipped.append(member.filename)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                out.write(src.read())
            result.stored.append(str(target.relative_to(dest)))
    return result


@bp.post("/<int:station_id>")
@auth.mechanic_required
def upload_photos(station_id: int):
    upload = request.files.get("archive")
    if upload is None:
        abort(400, "archive required")
    try:
        result = extract_photos(upload.stream, station_id)
    except (zipfile.BadZipFile, ValueError) as exc:
        abort(422, str(exc))
    PhotoIndex().add(station_id, result.stored)
    return jsonify(stored=len(result.stored), skipped=result.skipped)
