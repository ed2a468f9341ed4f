"""Audit trail for shed padlock code lookups in the site rep app.

Site reps can look up the current code for a shed when a plot holder is
locked out. Every lookup is written to the audit table and the application
log so the committee can review who accessed codes and why.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, abort, g, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("shed_codes", __name__, url_prefix="/rep/sheds")
audit_log = logging.getLogger("allotments.audit.shed_codes")


@dataclass
class CodeLookup:
    shed_id: int
    site_code: str
    code: str


def get_db() -> sqlite3.Connection:
    return g.db


def current_code(shed_id: int) -> CodeLookup | None:
    row = get_db().execute(
        "SELECT s.id, s.site_code, c.code FROM shed s JOIN shed_code c ON c.shed_id = s.id "
        "WHERE s.id = ? ORDER BY c.valid_from DESC LIMIT 1",
        (shed_id,),
    ).fetchone()
    return CodeLookup(*row) if row else None


def rep_for_site(site_code: str) -> bool:
    return get_db().execute(
        "SELECT 1 FROM site_rep WHERE member_id = ? AND site_code = ?",
        (current_user.id, site_code),
    ).fetchone() is not None


@bp.post("/<int:shed_id>/code")
@login_required
def reveal_code(shed_id: int):
    reason = (request.get_json(silent=True) or {}).get("reason", "").strip()
    if len(reason) < 5:
        return jsonify({"error": "please give a reason for the lookup"}), 400
    lookup = current_code(shed_id)
    if lookup is None or not rep_for_site(lookup.site_code):
        abort(404)

    get_db().execute(
        "INSERT INTO shed_code_audit (shed_id, member_id, reason, at) VALUES (?, ?, ?, ?)",
        (shed_id, current_user.id, reason, datetime.now(timezone.utc).isoformat()),
    )
    get_db().commit()
    audit_log.info("shed %s code viewed by %s (site %s): %s", shed_id, current_user.email, lookup.site_code, reason)
    return jsonify({"shed_id": shed_id, "code": lookup.code})
