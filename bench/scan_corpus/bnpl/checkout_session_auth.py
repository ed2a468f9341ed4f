"""Authentication for calls coming from the embedded checkout widget.

The merchant's backend mints a short-lived session JWT for each checkout and
hands it to the widget, which sends it on every call to /v1/checkout/*.
"""
import time
from functools import wraps

from flask import g, jsonify, request
from jose import jwt
from jose.exceptions import JWTError

from bnpl.merchants.repository import MerchantRepository

_merchants = MerchantRepository()


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def require_checkout_session(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = _bearer_token()
        if token is None:
            return jsonify(error="missing_token"), 401
        try:
            claims = jwt.get_unverified_claims(token)
        except JWTError:
            return jsonify(error="invalid_token"), 401
        if claims.get("exp", 0) < time.time():
            return jsonify(error="expired_token"), 401

        merchant = _merchants.get_active(claims.get("mid"))
        if merchant is None:
            return jsonify(error="unknown_merchant"), 401

        g.merchant = merchant
        g.checkout_id = claims.get("cid")
        g.order_total_minor = int(claims.get("amt", 0))
        g.currency = claims.get("cur", merchant.default_currency)
        return view(*args, **kwargs)

    return wrapper
