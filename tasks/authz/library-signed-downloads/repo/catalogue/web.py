# Copyright {{ year }} {{ org_name }}
from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory

from catalogue.items import find_item
from catalogue.links import LinkSigner

bp = Blueprint("catalogue", __name__)


def _signer() -> LinkSigner:
    cfg = current_app.config
    return LinkSigner(cfg["DOWNLOAD_LINK_SECRET"], cfg["PUBLIC_BASE_URL"], cfg["DOWNLOAD_LINK_TTL"])


@bp.get("/items/<item_id>")
def item_page(item_id: str):
    item = find_item(item_id)
    if item is None:
        abort(404)
    body = {"id": item.item_id, "title": item.title, "year": item.year, "kind": item.kind}
    body["download_url"] = _signer().url_for(item.scan) if item.scan else None
    return jsonify(body)


@bp.get("/files/<path:scan_path>")
def download(scan_path: str):
    expires, sig = request.args.get("expires", ""), request.args.get("sig", "")
    if not _signer().verify(scan_path, expires, sig):
        abort(403)
    return send_from_directory(current_app.config["FILES_DIR"], scan_path, as_attachment=True)
