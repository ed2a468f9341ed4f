"""Sign-in for online farm shop customers.

Customers who order weaving kits and small bundles online log in to see
their orders and saved delivery addresses.
"""

import os
import secrets
from datetime import timedelta

import bcrypt
import redis
from flask import Flask, jsonify, make_response, request

from osierbed.shop.models import Customer

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SHOP_SECRET_KEY"]

store = redis.Redis.from_url(os.environ.get("SESSION_REDIS_URL", "redis://localhost:6379/3"))

SESSION_COOKIE = "osb_shop_sid"
SESSION_TTL = timedelta(days=14)


def _customer_by_email(email: str):
    return Customer.query.filter_by(email=email.strip().lower()).first()


def start_session(customer_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    store.setex(f"shop:session:{sid}", SESSION_TTL, customer_id)
    return sid


@app.post("/account/login")
def login():
    data = request.get_json(force=True)
    customer = _customer_by_email(data.get("email", ""))
    password = data.get("password", "").encode("utf-8")
    if customer is None or not bcrypt.checkpw(password, customer.password_hash.encode("ascii")):
        return jsonify(error="email or password not recognised"), 401

    resp = make_response(jsonify(name=customer.first_name))
    resp.set_cookie(
        SESSION_COOKIE,
        start_session(customer.id),
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="Lax",
    )
    return resp


@app.post("/account/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.delete(f"shop:session:{sid}")
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
