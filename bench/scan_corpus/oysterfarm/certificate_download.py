"""Restaurant portal: download the health certificate attached to one of your deliveries."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, request, send_from_directory
from werkzeug.utils import secure_filename

from .auth import restaurant_login_required
from .orders import delivery_for_restaurant

bp = Blueprint("certificate_files", __name__, url_prefix="/portal/delivery-certificates")


def _certificate_root() -> str:
    return current_app.config["CERTIFICATE_DIR"]


@bp.get("/<int:delivery_id>")
@restaurant_login_required
def certificate_for_delivery(delivery_id: int):
    delivery = delivery_for_restaurant(g.restaurant_id, delivery_id)
    if delivery is None or not delivery.certificate_file:
        abort(404)
    current_app.logger.info("restaurant %s fetched certificate for delivery %s", g.restaurant_id, delivery_id)
    return send_from_directory(
        _certificate_root(),
        delivery.certificate_file,
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.get("/by-name")
@restaurant_login_required
def certificate_by_name():
    """Older portal links pass the file name directly; keep them working."""
    requested = request.args.get("file", "")
    name = secure_filename(requested)
    if not name.endswith(".pdf"):
        abort(400, "certificates are PDF files")
    owned = {
        d.certificate_file
        for d in current_app.extensions["orders"].deliveries_for(g.restaurant_id)
        if d.certificate_file
    }
    if name not in owned:
        abort(404)
    return send_from_directory(_certificate_root(), name, mimetype="application/pdf", as_attachment=True)
