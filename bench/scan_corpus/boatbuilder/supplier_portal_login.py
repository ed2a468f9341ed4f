"""Sign-in view for the supplier portal."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request, session

from .passwords import SupplierPasswords

log = logging.getLogger("supplier.portal")
bp = Blueprint("supplier_login", __name__, url_prefix="/supplier")

MAX_FAILURES = 5


@dataclass
class SupplierCredentials:
    supplier_code: str
    password: str
    remote_addr: str | None = None

    @classmethod
    def from_request(cls) -> "SupplierCredentials":
        form = request.get_json(force=True)
        return cls(
            supplier_code=str(form.get("supplier_code", "")).strip().upper(),
            password=str(form.get("password", "")),
            remote_addr=request.remote_addr,
        )


def _failures() -> dict[str, int]:
    return current_app.extensions.setdefault("supplier_login_failures", {})


@bp.post("/login")
def login():
    creds = SupplierCredentials.from_request()
    failures = _failures()
    if failures.get(creds.supplier_code, 0) >= MAX_FAILURES:
        return jsonify(error="account locked, contact the yard office"), 423
    store = SupplierPasswords(current_app.config["YARD_DATABASE_URL"])
    if not store.verify(creds.supplier_code, creds.password):
        failures[creds.supplier_code] = failures.get(creds.supplier_code, 0) + 1
        log.warning("supplier login rejected: %r", creds)
        return jsonify(error="invalid supplier code or password"), 401
    failures.pop(creds.supplier_code, None)
    session.clear()
    session["supplier_code"] = creds.supplier_code
    log.info("supplier %s signed in from %s", creds.supplier_code, creds.remote_addr)
    return jsonify(status="ok")


@bp.post("/logout")
def logout():
    code = session.pop("supplier_code", None)
    if code:
        log.info("supplier %s signed out", code)
    return jsonify(status="ok")
