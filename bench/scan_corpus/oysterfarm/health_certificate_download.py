"""Lets restaurants download the shellfish health certificates for their deliveries."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, request, send_file

from .auth import restaurant_login_required
from .orders import deliveries_for_restaurant

bp = Blueprint("certificates", __name__, url_prefix="/portal/certificates")


def _certificate_dir() -> str:
    return current_app.config["CERTIFICATE_DIR"]


@bp.get("/")
@restaurant_login_required
def list_certificates():
    deliveries = deliveries_for_restaurant(g.restaurant_id, limit=50)
    return {
        "certificates": [
            {
                "delivery_id": d.id,
                "batch_no": d.batch_no,
                "file": d.certificate_file,
                "delivered_on": d.delivered_on.isoformat(),
            }
            for d in deliveries
            if d.certificate_file
        ]
    }


@bp.get("/download")
@restaurant_login_required
def download_certificate():
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400, "certificates are PDF files")
    path = os.path.join(_certificate_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info(
        "restaurant %s downloaded %s at %s",
        g.restaurant_id,
        name,
        datetime.now(timezone.utc).isoformat(),
    )
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(name))
