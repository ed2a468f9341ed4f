"""Audit logging for trade portal sign-ins, with request fields scrubbed before writing."""
import logging

from flask import Blueprint, request, session

from tallow.auth import authenticate_trade_buyer

bp = Blueprint("portal_login", __name__)
audit = logging.getLogger("audit.portal")

HIDDEN_FIELDS = frozenset({"password", "csrf_token", "otp"})


class FormScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {k: ("[hidden]" if k in HIDDEN_FIELDS else v) for k, v in record.args.items()}
        return True


audit.addFilter(FormScrubFilter())


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.post("/portal/login")
def portal_login():
    form = request.form.to_dict()
    account_id = authenticate_trade_buyer(form.get("email", ""), form.get("password", ""))
    fields = {k: ("[hidden]" if k in HIDDEN_FIELDS else v) for k, v in form.items()}
    if account_id is None:
        audit.warning("portal login failed from %s: %s", _client_ip(), fields)
        return {"error": "invalid email or password"}, 401
    session.clear()
    session["account_id"] = account_id
    audit.info("portal login ok account=%s ip=%s", account_id, _client_ip())
    return {"ok": True}


@bp.post("/portal/logout")
def portal_logout():
    account_id = session.pop("account_id", None)
    audit.info("portal logout account=%s ip=%s", account_id, _client_ip())
    return {"ok": True}
