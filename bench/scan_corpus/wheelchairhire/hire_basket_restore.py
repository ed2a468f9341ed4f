"""Keep the online hire basket between visits to the booking site."""
import base64
import pickle
from dataclasses import dataclass, field
from datetime import date

from flask import Blueprint, make_response, redirect, render_template, request, url_for

bp = Blueprint("basket", __name__, url_prefix="/basket")

BASKET_COOKIE = "hire_basket"
BASKET_MAX_AGE = 14 * 24 * 3600


@dataclass
class BasketLine:
    sku: str
    start: date
    end: date
    quantity: int = 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class Basket:
    lines: list[BasketLine] = field(default_factory=list)

    def add(self, line: BasketLine) -> None:
        self.lines.append(line)


def load_basket() -> Basket:
    raw = request.cookies.get(BASKET_COOKIE)
    if not raw:
        return Basket()
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw.encode("ascii")))
    except (ValueError, EOFError, pickle.UnpicklingError):
        return Basket()


def save_basket(response, basket: Basket):
    blob = base64.urlsafe_b64encode(pickle.dumps(basket)).decode("ascii")
    response.set_cookie(
        BASKET_COOKIE, blob, max_age=BASKET_MAX_AGE, secure=True, httponly=True, samesite="Lax"
    )
    return response


@bp.get("/")
def view_basket():
    return render_template("basket.html", basket=load_basket())


@bp.post("/add")
def add_to_basket():
    basket = load_basket()
    basket.add(
        BasketLine(
            sku=request.form["sku"],
            start=date.fromisoformat(request.form["start"]),
            end=date.fromisoformat(request.form["end"]),
            quantity=int(request.form.get("quantity", 1)),
        )
    )
    return save_basket(make_response(redirect(url_for("basket.view_basket"))), basket)
