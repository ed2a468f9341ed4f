"""Trade-account API used by interior designers to reorder lamp bases and shades."""
import os
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)

TRADE_JWT_KEY = os.environ["TRADE_JWT_KEY"]
TRADE_AUDIENCE = "lampmaker-trade"
DISCOUNT_BANDS = {"A": 0.10, "B": 0.15, "C": 0.20}


def decode_trade_token(token: str) -> dict:
    return jwt.decode(
        token,
        TRADE_JWT_KEY,
        algorithms=["HS256"],
        audience=TRADE_AUDIENCE,
        options={"require": ["exp", "sub", "aud"]},
    )


def trade_login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return jsonify(error="missing bearer token"), 401
        try:
            g.trade_claims = decode_trade_token(token)
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper


@app.get("/trade/price/<sku>")
@trade_login_required
def trade_price(sku: str):
    from lampshop.catalogue import retail_price_pence

    band = g.trade_claims.get("band", "A")
    retail = retail_price_pence(sku)
    if retail is None:
        return jsonify(error="unknown sku"), 404
    discount = DISCOUNT_BANDS.get(band, DISCOUNT_BANDS["A"])
    return jsonify(sku=sku, retail=retail, trade=round(retail * (1 - discount)), band=band)
