"""Conditional downloads for purchased pattern PDFs.

Prickings and working diagrams are large scans; the download endpoint sends an
ETag so members' browsers and the CDN can reuse a copy they already have.
"""
import hashlib
from pathlib import Path

from flask import Blueprint, Response, abort, request, send_file
from flask_login import current_user, login_required

from lacemaker.shop.models import Pattern, Purchase

bp = Blueprint("pattern_files", __name__)

STORE = Path("/srv/lacemaker/patterns")
_CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@bp.get("/patterns/<int:pattern_id>/download")
@login_required
def download(pattern_id: int) -> Response:
    pattern = Pattern.query.get_or_404(pattern_id)
    owned = Purchase.query.filter_by(member_id=current_user.id, pattern_id=pattern.id).first()
    if owned is None:
        abort(403)
    path = STORE / pattern.stored_name
    etag = file_fingerprint(path)
    if request.if_none_match.contains(etag):
        return Response(status=304)
    response = send_file(
        path,
        mimetype="application/pdf",
        download_name=pattern.download_name,
        as_attachment=True,
    )
    response.set_etag(etag)
    response.headers["Cache-Control"] = "private, max-age=86400"
    return response
