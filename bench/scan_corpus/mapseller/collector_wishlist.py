"""Wishlist alerts: tell collectors when stock matching their saved items arrives."""
import sqlite3
from dataclasses import asdict, dataclass
from typing import Sequence

from flask import Blueprint, abort, g, jsonify, request, session

bp = Blueprint("wishlist", __name__, url_prefix="/account/wishlist")

MAX_ITEMS = 200


@dataclass
class WishlistItem:
    stock_ref: str
    title: str
    price_gbp: int
    sold: bool


def _db() -> sqlite3.Connection:
    return g.db


def load_items(refs: Sequence[str]) -> list[WishlistItem]:
    if not refs:
        return []
    marks = ",".join("?" * len(refs))
    rows = _db().execute(
        f"SELECT ref, title, price_gbp, sold FROM stock WHERE ref IN ({marks}) ORDER BY title",
        tuple(refs),
    ).fetchall()
    return [WishlistItem(*r) for r in rows]


def _collector_id() -> int:
    cid = session.get("collector_id")
    if cid is None:
        abort(401)
    return cid


@bp.get("/")
def show():
    refs = [r for (r,) in _db().execute(
        "SELECT stock_ref FROM wishlist WHERE collector_id = ?", (_collector_id(),)
    )]
    return jsonify([asdict(item) for item in load_items(refs)])


@bp.post("/compare")
def compare():
    refs = [str(r) for r in request.get_json(force=True).get("refs", [])][:MAX_ITEMS]
    return jsonify([asdict(item) for item in load_items(refs)])


@bp.post("/add")
def add():
    ref = str(request.get_json(force=True)["ref"])
    db = _db()
    db.execute(
        "INSERT OR IGNORE INTO wishlist (collector_id, stock_ref) VALUES (?, ?)",
        (_collector_id(), ref),
    )
    db.commit()
    return jsonify(ok=True), 201
