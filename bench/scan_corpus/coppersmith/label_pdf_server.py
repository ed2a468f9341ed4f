"""Serves printed shipping label PDFs to the packing bench tablet."""
from flask import Blueprint, abort, current_app, send_from_directory

from coppersmith.shipping import label_for_order
from shopfloor.auth import tablet_login_required

bp = Blueprint("labels", __name__, url_prefix="/bench/labels")


def _label_dir() -> str:
    return current_app.config["LABEL_STORAGE_DIR"]


@bp.get("/<order_ref>/<path:label_name>")
@tablet_login_required
def label_pdf(order_ref: str, label_name: str):
    if label_for_order(order_ref, label_name) is None:
        abort(404)
    return send_from_directory(
        _label_dir(),
        f"{order_ref}/{label_name}",
        mimetype="application/pdf",
        max_age=0,
    )


@bp.get("/<order_ref>/packing-slip")
@tablet_login_required
def packing_slip(order_ref: str):
    return send_from_directory(
        _label_dir(),
        f"{order_ref}/packing-slip.pdf",
        mimetype="application/pdf",
        max_age=0,
    )
