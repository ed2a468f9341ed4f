"""Photo purchase cart stored in a signed cookie between visits."""
from flask import Blueprint, current_app, jsonify, make_response, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .catalog import price_for

bp = Blueprint("photo_cart", __name__, url_prefix="/photos/cart")
CART_COOKIE = "photo_cart"
MAX_AGE = 7 * 86400


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="photo-cart")


def _load_items() -> dict[str, int]:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return {}
    try:
        data = _serializer().loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return {}
    return {str(k): int(v) for k, v in data.get("items", {}).items()}


def _respond(payload: dict, items: dict[str, int]):
    resp = make_response(jsonify(payload))
    resp.set_cookie(CART_COOKIE, _serializer().dumps({"items": items}), max_age=MAX_AGE,
                    secure=True, httponly=True, samesite="Lax")
    return resp


@bp.post("/items")
def add_item():
    body = request.get_json(force=True)
    items = _load_items()
    key = f"{body['photo_id']}:{body.get('product', 'digital')}"
    items[key] = items.get(key, 0) + 1
    return _respond({"count": sum(items.values())}, items)


@bp.get("")
def show_cart():
    items = _load_items()
    total = sum(price_for(k.split(":", 1)[1]) * q for k, q in items.items())
    return jsonify(items=items, total_cents=total)
