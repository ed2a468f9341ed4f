"""Session handling for the web-to-print storefront (Flask).

Shoppers can build a basket anonymously; on sign-in the basket is attached to
their account and an auth cookie is issued for the storefront domain.
"""
import secrets

from flask import Blueprint, current_app, jsonify, make_response, request

from printshop.shop.accounts import check_credentials
from printshop.shop.baskets import attach_basket
from printshop.shop.sessions import store_session

bp = Blueprint("storefront_session", __name__)

AUTH_COOKIE = "w2p_auth"
COOKIE_OPTS = {
    "max_age": 60 * 60 * 8,
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


def _cookie_domain() -> str | None:
    return current_app.config.get("STOREFRONT_COOKIE_DOMAIN")


@bp.post("/account/sign-in")
def sign_in():
    data = request.get_json(force=True)
    customer = check_credentials(data.get("email", ""), data.get("password", ""))
    if customer is None:
        return jsonify({"error": "invalid credentials"}), 401
    token = secrets.token_urlsafe(32)
    store_session(token, customer.id)
    attach_basket(request.cookies.get("basket_id"), customer.id)
    resp = make_response(jsonify({"customer": customer.display_name}))
    resp.set_cookie(AUTH_COOKIE, token, domain=_cookie_domain(), **COOKIE_OPTS)
    return resp


@bp.post("/account/sign-out")
def sign_out():
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(AUTH_COOKIE, domain=_cookie_domain(), path="/")
    return resp
