"""Serving printed weighbridge tickets to the office and to customers.

Every gross/tare weighing produces a PDF ticket that is stored once and never
changes. Tickets are fetched repeatedly by the accounts team and the customer
portal, so responses carry an ETag and honour If-None-Match to save bandwidth
on the site's satellite link.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, request

bp = Blueprint("ticket_pdf", __name__)

CHUNK = 64 * 1024


def ticket_path(ticket_no: int) -> Path:
    root = Path(current_app.config["TICKET_PDF_ROOT"])
    return root / f"{ticket_no // 1000:04d}" / f"WB{ticket_no:08d}.pdf"


@lru_cache(maxsize=4096)
def ticket_etag(path: str, mtime_ns: int) -> str:
    digest = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@bp.get("/tickets/<int:ticket_no>.pdf")
def download_ticket(ticket_no: int) -> Response:
    path = ticket_path(ticket_no)
    if not path.is_file():
        abort(404)
    etag = ticket_etag(str(path), path.stat().st_mtime_ns)
    if request.if_none_match and etag in request.if_none_match:
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    resp = Response(path.read_bytes(), mimetype="application/pdf")
    resp.set_etag(etag)
    resp.headers["Cache-Control"] = "private, max-age=86400"
    resp.headers["Content-Disposition"] = f'inline; filename="WB{ticket_no:08d}.pdf"'
    return resp
