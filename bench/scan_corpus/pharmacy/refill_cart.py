"""Patient portal: refill cart kept in a cookie between page loads."""
import base64
import pickle
from datetime import timedelta

from flask import Blueprint, make_response, redirect, render_template, request, url_for

from portal.auth import login_required, current_patient
from portal.refills import submit_refill_request

bp = Blueprint("refill_cart", __name__, url_prefix="/refills")

CART_COOKIE = "refill_cart"
CART_MAX_AGE = timedelta(days=2)


def _load_cart() -> list[dict]:
    raw = request.cookies.get(CART_COOKIE)
    if not raw:
        return []
    return pickle.loads(base64.urlsafe_b64decode(raw))


def _save_cart(response, cart: list[dict]):
    response.set_cookie(
        CART_COOKIE,
        base64.urlsafe_b64encode(pickle.dumps(cart)).decode(),
        max_age=int(CART_MAX_AGE.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response


@bp.get("/cart")
@login_required
def view_cart():
    return render_template("refills/cart.html", cart=_load_cart())


@bp.post("/cart/add/<rx_number>")
@login_required
def add_to_cart(rx_number: str):
    cart = _load_cart()
    if not any(item["rx_number"] == rx_number for item in cart):
        cart.append({"rx_number": rx_number, "quantity": request.form.get("quantity", "30")})
    return _save_cart(make_response(redirect(url_for(".view_cart"))), cart)


@bp.post("/cart/submit")
@login_required
def submit_cart():
    patient = current_patient()
    for item in _load_cart():
        submit_refill_request(patient, item["rx_number"], item["quantity"])
    response = make_response(redirect(url_for("portal.dashboard")))
    response.delete_cookie(CART_COOKIE)
    return response
