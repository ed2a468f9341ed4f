"""Customer sign-off on a bow specification before the stave is cut.

After the consultation the bowyer sends a link containing an approval token; the
customer reviews draw weight, draw length, handle and tips, and approves.
"""
import secrets
from dataclasses import dataclass
from enum import Enum

from flask import Blueprint, abort, jsonify, request

from .orders import OrderRepo

bp = Blueprint("spec_approval", __name__)
orders = OrderRepo()


class Stage(str, Enum):
    CONSULTATION = "consultation"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    IN_BUILD = "in_build"


@dataclass
class SpecView:
    order_ref: str
    draw_weight_lbs: int
    draw_length_in: float
    handle: str
    tips: str


def new_approval_token() -> str:
    return secrets.token_urlsafe(32)


def _load(order_ref: str, token: str):
    order = orders.get(order_ref)
    if order is None or not order.approval_token:
        abort(404)
    if not secrets.compare_digest(order.approval_token, token):
        abort(404)
    return order


@bp.get("/orders/<order_ref>/spec")
def show_spec(order_ref: str):
    order = _load(order_ref, request.args.get("t", ""))
    view = SpecView(order.ref, order.draw_weight_lbs, order.draw_length_in, order.handle, order.tips)
    return jsonify(view.__dict__ | {"stage": order.stage})


@bp.post("/orders/<order_ref>/spec/approve")
def approve_spec(order_ref: str):
    order = _load(order_ref, request.form.get("t", ""))
    if order.stage == Stage.APPROVED:
        return jsonify({"stage": order.stage, "note": "already approved"})
    if order.stage != Stage.AWAITING_APPROVAL:
        abort(409)
    if int(request.form["draw_weight_lbs"]) != order.draw_weight_lbs:
        abort(409)
    orders.set_stage(order_ref, Stage.APPROVED)
    orders.clear_approval_token(order_ref)
    return jsonify({"stage": Stage.APPROVED})
