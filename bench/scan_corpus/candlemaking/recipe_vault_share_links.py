"""Signed, expiring share links for recipes in the recipe vault.

Staff can send a recipe (wax blend, fragrance load, wick size) to a
contract pourer without giving them a vault account.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("recipe_share", __name__, url_prefix="/vault")

LINK_TTL_SECONDS = 7 * 24 * 3600


def _signing_key() -> bytes:
    return os.environ["RECIPE_SHARE_SIGNING_KEY"].encode("utf-8")


def _sign(recipe_id: int, expires: int) -> str:
    msg = f"{recipe_id}:{expires}".encode("ascii")
    mac = hmac.new(_signing_key(), msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")


def make_share_path(recipe_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_TTL_SECONDS)
    return f"/vault/shared/{recipe_id}?exp={expires}&sig={_sign(recipe_id, expires)}"


def signature_valid(recipe_id: int, expires: int, sig: str) -> bool:
    return hmac.compare_digest(_sign(recipe_id, expires), sig)


@bp.get("/shared/<int:recipe_id>")
def shared_recipe(recipe_id: int):
    try:
        expires = int(request.args["exp"])
        sig = request.args["sig"]
    except (KeyError, ValueError):
        abort(400)
    if expires < time.time():
        abort(410)
    if not signature_valid(recipe_id, expires, sig):
        abort(403)
    recipe = current_app.extensions["recipe_vault"].get(recipe_id)
    if recipe is None:
        abort(404)
    return jsonify(
        name=recipe.name,
        wax_blend=recipe.wax_blend,
        fragrance_load_pct=recipe.fragrance_load_pct,
        wick=recipe.wick,
        cure_days=recipe.cure_days,
    )
