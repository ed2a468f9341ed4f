"""JSON API used by the supplier portal single-page app for POs and delivery slots."""

from flask import Blueprint, Flask, g, jsonify, request

from shinglemaker.auth import supplier_session_required
from shinglemaker.purchasing import open_pos_for_supplier, book_delivery_slot

api = Blueprint("supplier_api", __name__, url_prefix="/api/supplier")


@api.get("/purchase-orders")
@supplier_session_required
def purchase_orders():
    return jsonify([po.to_dict() for po in open_pos_for_supplier(g.supplier.id)])


@api.post("/purchase-orders/<po_number>/slots")
@supplier_session_required
def book_slot(po_number: str):
    body = request.get_json(force=True)
    slot = book_delivery_slot(g.supplier.id, po_number, body["dock"], body["arrives_at"])
    return jsonify(slot.to_dict()), 201


def _apply_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def create_app(config_object: str = "shinglemaker.config.SupplierPortalConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.register_blueprint(api)
    app.after_request(_apply_cors)
    return app
