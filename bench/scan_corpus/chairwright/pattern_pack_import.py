"""Admin upload of pattern packs (seat, comb and arm-bow templates) sold as downloads in the shop."""
import logging
import os
import zipfile
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, request
from flask_login import login_required

from .auth import staff_required

log = logging.getLogger("shop.patterns")
bp = Blueprint("pattern_packs", __name__, url_prefix="/admin/patterns")

MAX_UPLOAD = 50 * 1024 * 1024


@dataclass
class ImportSummary:
    pack: str
    files: list[str]

    @property
    def count(self) -> int:
        return len(self.files)


def pattern_root() -> str:
    return current_app.config.get("PATTERN_ROOT", "/srv/chairwright/media/patterns")


def unpack_pack(archive: zipfile.ZipFile, pack_slug: str) -> ImportSummary:
    dest = os.path.join(pattern_root(), pack_slug)
    os.makedirs(dest, exist_ok=True)
    written = []
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = os.path.join(dest, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as out:
            out.write(src.read())
        written.append(member.filename)
    return ImportSummary(pack_slug, written)


@bp.post("/<slug>")
@login_required
@staff_required
def upload_pack(slug: str):
    if not slug.replace("-", "").isalnum():
        abort(400, "pack slug must be letters, digits and hyphens")
    upload = request.files.get("pack")
    if upload is None or not upload.filename.lower().endswith(".zip"):
        abort(400, "expected a .zip file")
    if request.content_length and request.content_length > MAX_UPLOAD:
        abort(413)
    with zipfile.ZipFile(upload.stream) as archive:
        summary = unpack_pack(archive, slug)
    log.info("imported %d files into pattern pack %s", summary.count, slug)
    return {"pack": summary.pack, "files": summary.files}
