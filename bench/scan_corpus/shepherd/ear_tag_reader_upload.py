"""Accepts log bundles from the handheld EID ear-tag readers.

At the end of a yard day the reader app zips its session logs and uploads
them; each log is unpacked into the farm's reader archive for the nightly
tag reconciliation job.
"""
import os
import zipfile
from datetime import date

from flask import Blueprint, jsonify, request

from shepherd.devices import require_device
from shepherd.settings import settings
from shepherd.tasks import reconcile_reader_logs

bp = Blueprint("reader_upload", __name__, url_prefix="/readers")

ARCHIVE_ROOT = settings.reader_archive_dir
MAX_MEMBERS = 500


def _session_dir(device_id: str) -> str:
    path = os.path.join(ARCHIVE_ROOT, device_id, date.today().isoformat())
    os.makedirs(path, exist_ok=True)
    return path


def unpack_bundle(fileobj, dest: str) -> list[str]:
    written = []
    with zipfile.ZipFile(fileobj) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()][:MAX_MEMBERS]
        for member in members:
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(member.filename)
    return written


@bp.post("/bundles")
@require_device
def upload_bundle(device):
    upload = request.files.get("bundle")
    if upload is None:
        return jsonify({"error": "no bundle"}), 400
    dest = _session_dir(device.id)
    files = unpack_bundle(upload.stream, dest)
    reconcile_reader_logs.delay(device.id, dest)
    return jsonify({"device": device.id, "files": len(files)}), 201
