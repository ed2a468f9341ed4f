"""Proof delivery for print shops reviewing customer artwork."""
import os

from flask import Blueprint, abort, current_app, g, send_from_directory

from cartographer.auth import shop_login_required
from cartographer.printing.models import PrintOrder

bp = Blueprint("proofs", __name__, url_prefix="/shop/proofs")


def _proof_dir(order: PrintOrder) -> str:
    return os.path.join(current_app.config["PROOF_ROOT"], order.created_at.strftime("%Y/%m"), str(order.id))


def _order_for_shop(order_id: int) -> PrintOrder:
    order = PrintOrder.query.get_or_404(order_id)
    if order.shop_code != g.shop.code:
        abort(404)
    return order


@bp.get("/<int:order_id>")
@shop_login_required
def list_proofs(order_id):
    directory = _proof_dir(_order_for_shop(order_id))
    files = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    return {"order_id": order_id, "proofs": [f for f in files if f.endswith(".pdf")]}


@bp.get("/<int:order_id>/<path:filename>")
@shop_login_required
def fetch_proof(order_id, filename):
    directory = _proof_dir(_order_for_shop(order_id))
    return send_from_directory(directory, filename, mimetype="application/pdf", as_attachment=True)
