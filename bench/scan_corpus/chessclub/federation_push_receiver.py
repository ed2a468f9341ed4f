"""Receives rating-change pushes from the federation after each rated event."""
from __future__ import annotations

import hmac
import logging
import os
from functools import wraps

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("federation_push", __name__, url_prefix="/federation")
log = logging.getLogger("ratings.push")


def _expected_key() -> str:
    return current_app.config.get("FEDERATION_PUSH_KEY") or os.environ["FEDERATION_PUSH_KEY"]


def _key_ok(presented: str, expected: str) -> bool:
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def federation_only(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        presented = request.headers.get("X-Federation-Key", "")
        if not presented or not _key_ok(presented, _expected_key()):
            log.warning("push rejected from %s", request.remote_addr)
            abort(401)
        return view(*args, **kwargs)

    return wrapped


@bp.route("/rating-changes", methods=["POST"])
@federation_only
def rating_changes():
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict) or not isinstance(payload.get("changes"), list):
        abort(400)

    engine = current_app.extensions["db_engine"]
    applied = 0
    with engine.begin() as conn:
        for change in payload["changes"]:
            try:
                fide_id = int(change["fide_id"])
                category = change["category"]
                new_rating = int(change["rating"])
            except (KeyError, TypeError, ValueError):
                abort(400)
            if category not in {"standard", "rapid", "blitz"}:
                continue
            applied += conn.execute(
                text(
                    "UPDATE ratings_current SET rating = :r, updated_at = now() "
                    "WHERE category = :c AND member_id = "
                    "(SELECT id FROM members WHERE fide_id = :f)"
                ),
                {"r": new_rating, "c": category, "f": fide_id},
            ).rowcount
    log.info("applied %d of %d rating changes", applied, len(payload["changes"]))
    return jsonify(applied=applied)
