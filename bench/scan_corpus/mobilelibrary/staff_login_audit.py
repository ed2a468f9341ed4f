"""Audit trail for staff sign-ins on the van tablets.

Staff authenticate against the county directory over LDAPS.  Every attempt
is recorded in the audit table and failures are logged for the security team.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

import ldap3
from flask import Blueprint, abort, current_app, jsonify, request, session
from ldap3.core.exceptions import LDAPBindError
from ldap3.utils.dn import escape_rdn

from .audit import record_event

bp = Blueprint("staff_auth", __name__)
log = logging.getLogger("staff_auth")


def directory_bind(username: str, password: str) -> bool:
    server = ldap3.Server(current_app.config["LDAP_URL"], use_ssl=True,
                          get_info=ldap3.NONE)
    user_dn = current_app.config["LDAP_USER_DN"].format(username=escape_rdn(username))
    try:
        conn = ldap3.Connection(server, user=user_dn, password=password,
                                auto_bind=True, receive_timeout=10)
    except LDAPBindError:
        return False
    conn.unbind()
    return True


@bp.post("/tablet/login")
def tablet_login():
    payload = request.get_json(silent=True) or {}
    username = str(payload.get("username", "")).strip().lower()
    password = str(payload.get("password", ""))
    tablet_id = request.headers.get("X-Tablet-Id", "unknown")
    if not username or not password:
        abort(400)

    ok = directory_bind(username, password)
    record_event(
        kind="staff_login",
        username=username,
        tablet_id=tablet_id,
        success=ok,
        at=datetime.now(timezone.utc),
    )
    if not ok:
        log.warning("failed tablet sign-in from %s: %s",
                    request.remote_addr, json.dumps(payload))
        abort(401)

    session.clear()
    session["staff"] = username
    session["tablet_id"] = tablet_id
    log.info("staff %s signed in on tablet %s", username, tablet_id)
    return jsonify({"staff": username})
