"""Marketplace listing search backed by MongoDB."""
import os

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
app.config.from_prefixed_env()

_client = MongoClient(os.environ["MONGO_URI"])
listings = _client.marketplace.listings

PAGE_SIZE = 50


@app.get("/listings")
def search_listings():
    seller = request.args.get("seller", "")
    max_price = float(request.args.get("max_price", "1e9"))
    page = max(int(request.args.get("page", 1)), 1)
    predicate = f"this.seller_handle == '{seller}' && this.price <= {max_price}"
    cursor = (
        listings.find({"$where": predicate}, {"_id": 0})
        .sort("created_at", -1)
        .skip((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    )
    return jsonify(list(cursor))


@app.get("/listings/<slug>")
def get_listing(slug):
    doc = listings.find_one({"slug": str(slug)}, {"_id": 0})
    if doc is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(doc)
