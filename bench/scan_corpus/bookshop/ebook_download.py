"""E-book download endpoints for the customer library page.

Every download is stamped with the buyer's details before it is sent. Some
titles ship as bundles (e.g. a novel plus its companion PDF), so the library
page links each file of the bundle by name.
"""
import logging
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import DownloadLog, Purchase, db
from .watermark import watermark_file

bp = Blueprint("downloads", __name__, url_prefix="/library")
log = logging.getLogger(__name__)

MIMETYPES = {".epub": "application/epub+zip", ".pdf": "application/pdf", ".mobi": "application/x-mobipocket-ebook"}
MAX_DOWNLOADS = 10


def _purchase_or_404(purchase_id: int) -> Purchase:
    purchase = db.session.get(Purchase, purchase_id)
    if purchase is None or purchase.customer_id != current_user.id:
        abort(404)
    if purchase.refunded_at is not None:
        abort(410)
    return purchase


@bp.get("/<int:purchase_id>/download")
@login_required
def download(purchase_id: int):
    purchase = _purchase_or_404(purchase_id)
    if purchase.download_count >= MAX_DOWNLOADS:
        abort(429)
    filename = request.args.get("file") or f"{purchase.isbn}.epub"
    ext = os.path.splitext(filename)[1].lower()
    if ext not in MIMETYPES:
        abort(400)
    master_dir = os.path.join(current_app.config["EBOOK_MASTER_DIR"], purchase.isbn)
    source = os.path.join(master_dir, filename)
    if not os.path.isfile(source):
        abort(404)
    stamped = watermark_file(source, owner=current_user.email, order_ref=purchase.order_ref)
    purchase.download_count += 1
    db.session.add(DownloadLog(purchase_id=purchase.id, filename=os.path.basename(source)))
    db.session.commit()
    log.info("purchase %s downloaded %s", purchase.id, filename)
    return send_file(stamped, mimetype=MIMETYPES[ext], as_attachment=True,
                     download_name=f"{purchase.slug}{ext}")
