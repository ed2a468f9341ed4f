"""Sign-in for stockists (garden centres, craft shops) on the trade portal.

Stockists authenticate with the farm's hosted identity provider. The portal
receives a bearer token and checks it against the provider's published
signing keys before showing trade prices for hurdles and weaving kits.
"""

import os
import time

import jwt
import requests
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

ISSUER = os.environ.get("STOCKIST_IDP_ISSUER", "https://login.osierbedfarm.co.uk/")
AUDIENCE = os.environ.get("STOCKIST_IDP_AUDIENCE", "trade-portal")
JWKS_URL = ISSUER.rstrip("/") + "/.well-known/jwks.json"
_jwks_cache: dict = {"keys": {}, "fetched": 0.0}


def _signing_key(kid: str):
    stale = time.time() - _jwks_cache["fetched"] > 3600
    if kid not in _jwks_cache["keys"] or stale:
        resp = requests.get(JWKS_URL, timeout=10)
        resp.raise_for_status()
        _jwks_cache["keys"] = {
            k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]
        }
        _jwks_cache["fetched"] = time.time()
    return _jwks_cache["keys"].get(kid)


def stockist_from_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _signing_key(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)


@app.before_request
def load_stockist():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.stockist = stockist_from_token(auth.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)


@app.get("/trade/prices")
def trade_prices():
    tier = g.stockist.get("price_tier", "standard")
    return jsonify(stockist=g.stockist["sub"], tier=tier)
