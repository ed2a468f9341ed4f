"""Customer download area: lists purchased styles and serves the files."""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import FontFile, OrderLine, db_session, login_required

bp = Blueprint("account_downloads", __name__, url_prefix="/account/downloads")

FORMATS = {"otf": "font/otf", "ttf": "font/ttf", "woff2": "font/woff2"}


def _owned_family_ids(session: Session, customer_id: int) -> set[int]:
    stmt = select(OrderLine.family_id).where(
        OrderLine.customer_id == customer_id, OrderLine.refunded.is_(False)
    )
    return set(session.execute(stmt).scalars())


def _resolve_font_path(family_slug: str, filename: str) -> str:
    root = current_app.config["FONT_DELIVERY_ROOT"]
    return os.path.join(root, family_slug, filename)


@bp.get("/")
@login_required
def list_downloads():
    session = db_session()
    owned = _owned_family_ids(session, g.customer.id)
    files = session.execute(
        select(FontFile).where(FontFile.family_id.in_(owned))
    ).scalars()
    return jsonify(
        [
            {"family": f.family_slug, "file": f.filename, "format": f.format}
            for f in files
        ]
    )


@bp.get("/<family_slug>/file")
@login_required
def download(family_slug: str):
    filename = request.args.get("name", "")
    fmt = filename.rsplit(".", 1)[-1].lower()
    if fmt not in FORMATS:
        abort(400, "unsupported format")

    session = db_session()
    family = session.execute(
        select(FontFile.family_id).where(FontFile.family_slug == family_slug).limit(1)
    ).scalar_one_or_none()
    if family is None or family not in _owned_family_ids(session, g.customer.id):
        abort(404)

    path = _resolve_font_path(family_slug, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype=FORMATS[fmt],
        as_attachment=True,
        download_name=os.path.basename(path),
    )
