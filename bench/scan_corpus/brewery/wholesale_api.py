"""JSON API behind the wholesale ordering portal's single-page frontend."""
from flask import Flask, jsonify, request, session
from flask_login import LoginManager, current_user, login_required

from portal.config import load_config
from portal.orders import list_orders_for_account, place_order
from portal.pricing import price_list_for_account

app = Flask(__name__)
app.config.update(load_config())
login_manager = LoginManager(app)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/price-list")
@login_required
def price_list():
    return jsonify(price_list_for_account(current_user.account_id))


@app.get("/api/orders")
@login_required
def orders():
    return jsonify(list_orders_for_account(current_user.account_id))


@app.post("/api/orders")
@login_required
def create_order():
    payload = request.get_json(force=True)
    order = place_order(
        account_id=current_user.account_id,
        lines=payload.get("lines", []),
        requested_delivery=payload.get("requested_delivery"),
        placed_by=current_user.id,
    )
    session["last_order_id"] = order.id
    return jsonify(order.to_dict()), 201
