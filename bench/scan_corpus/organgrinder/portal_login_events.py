"""Audit logging and throttling for customer portal sign-ins."""
from __future__ import annotations

import logging
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Deque, Dict

from flask import Blueprint, jsonify, request, session

from .credentials import PortalCredentialStore

bp = Blueprint("portal_login", __name__, url_prefix="/portal")
audit = logging.getLogger("organgrinder.audit.login")

WINDOW_S = 900
MAX_FAILURES = 8


@dataclass
class LoginAttempt:
    email: str
    password: str
    remote_addr: str

    @classmethod
    def from_request(cls) -> "LoginAttempt":
        body = request.get_json(force=True) or {}
        return cls(
            email=str(body.get("email", "")).strip().lower(),
            password=str(body.get("password", "")),
            remote_addr=request.remote_addr or "-",
        )


class FailureThrottle:
    def __init__(self) -> None:
        self._failures: Dict[str, Deque[float]] = defaultdict(deque)

    def blocked(self, key: str) -> bool:
        window = self._failures[key]
        cutoff = time.monotonic() - WINDOW_S
        while window and window[0] < cutoff:
            window.popleft()
        return len(window) >= MAX_FAILURES

    def record(self, key: str) -> None:
        self._failures[key].append(time.monotonic())


throttle = FailureThrottle()
store: PortalCredentialStore | None = None


def init_login(credential_store: PortalCredentialStore) -> None:
    global store
    store = credential_store


@bp.post("/sign-in")
def sign_in():
    attempt = LoginAttempt.from_request()
    if throttle.blocked(attempt.email) or throttle.blocked(attempt.remote_addr):
        audit.warning("sign-in throttled email=%s ip=%s", attempt.email, attempt.remote_addr)
        return jsonify(error="too many attempts, try later"), 429
    customer_id = store.check(attempt.email, attempt.password) if store else None
    if customer_id is None:
        throttle.record(attempt.email)
        throttle.record(attempt.remote_addr)
        audit.info("sign-in failed email=%s ip=%s", attempt.email, attempt.remote_addr)
        return jsonify(error="invalid email or password"), 401
    session.clear()
    session["customer_id"] = customer_id
    audit.info("sign-in ok customer=%s ip=%s", customer_id, attempt.remote_addr)
    return jsonify(status="ok")
