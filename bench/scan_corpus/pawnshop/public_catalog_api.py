"""Read-only public catalog of items for sale and upcoming auction lots.

Partner sites and price-comparison aggregators pull these listings directly
from the browser; no login or cookies are involved.
"""
from flask import Flask, jsonify, request
from flask_cors import CORS

from catalog.queries import list_for_sale, list_upcoming_lots

app = Flask(__name__)
app.config.from_prefixed_env("CATALOG")

CORS(
    app,
    resources={r"/api/public/*": {"origins": "*"}},
    methods=["GET"],
    supports_credentials=False,
    max_age=3600,
)


@app.get("/api/public/items")
def items_for_sale():
    store = request.args.get("store", type=int)
    category = request.args.get("category")
    page = request.args.get("page", default=1, type=int)
    return jsonify(list_for_sale(store_id=store, category=category, page=max(page, 1)))


@app.get("/api/public/lots")
def upcoming_lots():
    return jsonify(list_upcoming_lots(limit=100))
