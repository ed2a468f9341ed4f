"""CORS handling for the reseller API used by white-label storefronts.

Resellers embed our product configurator in their own sites; the browser calls
the reseller API directly with the reseller's session cookie.
"""
from flask import Blueprint, jsonify, request

from printshop.trade.auth import current_reseller
from printshop.trade.catalogue import reseller_products

bp = Blueprint("reseller_api", __name__, url_prefix="/reseller/v1")

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-Requested-With"


@bp.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Vary"] = "Origin"
    return response


@bp.route("/products", methods=["GET", "OPTIONS"])
def products():
    if request.method == "OPTIONS":
        return "", 204
    reseller = current_reseller()
    return jsonify([p.to_dict() for p in reseller_products(reseller)])


@bp.route("/quote", methods=["POST", "OPTIONS"])
def quote():
    if request.method == "OPTIONS":
        return "", 204
    reseller = current_reseller()
    payload = request.get_json(force=True)
    price = reseller.price_for(payload["product"], int(payload["quantity"]))
    return jsonify({"product": payload["product"], "quantity": payload["quantity"], "price": str(price)})
