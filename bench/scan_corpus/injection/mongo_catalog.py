"""Marketplace listing search backed by MongoDB."""
import os
import re

from flask import Flask, jsonify, request
from pymongo import DESCENDING, MongoClient

app = Flask(__name__)
app.config.from_prefixed_env()

_client = MongoClient(os.environ["MONGO_URI"])
listings = _client.marketplace.listings

PAGE_SIZE = 50


@app.get("/catalog")
def search_catalog():
    seller = str(request.args.get("seller", ""))
    max_price = float(request.args.get("max_price", "1e9"))
    title = str(request.args.get("title", ""))
    page = max(int(request.args.get("page", 1)), 1)

    query = {"price": {"$lte": max_price}}
    if seller:
        query["seller_handle"] = seller
    if title:
        query["title"] = {"$regex": re.escape(title[:80]), "$options": "i"}

    cursor = (
        listings.find(query, {"_id": 0})
        .sort("created_at", DESCENDING)
        .skip((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    )
    return jsonify(list(cursor))
