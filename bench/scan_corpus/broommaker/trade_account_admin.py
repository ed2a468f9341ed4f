"""Admin actions on trade accounts: approve batches, change discount bands."""

import logging
from typing import Iterable, List

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import text

from .database import engine

log = logging.getLogger(__name__)
bp = Blueprint("trade_admin", __name__, url_prefix="/admin/trade")

DISCOUNT_BANDS = {"A": 40, "B": 33, "C": 25}


def _id_list(raw: Iterable) -> str:
    return ", ".join(str(v) for v in raw)


def approve_accounts(account_ids: List, approver: str) -> int:
    stmt = text(
        "UPDATE trade_accounts SET approved = TRUE, approved_by = :approver, "
        f"approved_at = now() WHERE id IN ({_id_list(account_ids)}) AND approved = FALSE"
    )
    with engine.begin() as conn:
        result = conn.execute(stmt, {"approver": approver})
    return result.rowcount


def set_band(account_id: int, band: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE trade_accounts SET discount_band = :band WHERE id = :id"),
            {"band": band, "id": account_id},
        )


@bp.post("/approve")
@login_required
def approve():
    if not current_user.is_admin:
        abort(403)
    ids = request.get_json(force=True).get("account_ids") or []
    if not ids:
        abort(400)
    count = approve_accounts(ids, current_user.username)
    log.info("%s approved %d trade account(s)", current_user.username, count)
    return jsonify({"approved": count})


@bp.post("/<int:account_id>/band")
@login_required
def change_band(account_id: int):
    if not current_user.is_admin:
        abort(403)
    band = (request.get_json(force=True).get("band") or "").upper()
    if band not in DISCOUNT_BANDS:
        abort(400)
    set_band(account_id, band)
    return jsonify({"account_id": account_id, "band": band, "discount_pct": DISCOUNT_BANDS[band]})
