"""JSON API consumed by the storefront SPA and by white-label florist sites.

White-label partners embed our bouquet picker on their own domains, so the
API has to answer cross-origin requests and carry the shopper's session.
"""
from flask import Flask, jsonify, request, session

from .catalogue import Catalogue
from .config import load_config

app = Flask(__name__)
app.config.from_mapping(load_config())
catalogue = Catalogue.from_config(app.config)

CORS_HEADERS = {
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, X-Requested-With",
    "Vary": "Origin",
}


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers.update(CORS_HEADERS)
    return response


@app.get("/api/bouquets")
def list_bouquets():
    occasion = request.args.get("occasion")
    return jsonify(catalogue.search(occasion=occasion, limit=48))


@app.get("/api/me/favourites")
def favourites():
    customer_id = session.get("customer_id")
    if customer_id is None:
        return jsonify(error="login required"), 401
    return jsonify(catalogue.favourites(customer_id))


@app.post("/api/me/favourites")
def add_favourite():
    customer_id = session.get("customer_id")
    if customer_id is None:
        return jsonify(error="login required"), 401
    catalogue.add_favourite(customer_id, request.get_json()["sku"])
    return "", 204
