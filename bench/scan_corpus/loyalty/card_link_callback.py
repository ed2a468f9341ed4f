"""Card-linking consent flow: redirect to the issuer and handle the return.

The member picks their bank in the app, we send them to the issuer's
consent page, and the issuer redirects back here with ``code`` and the
``state`` we originally handed out.
"""
import base64
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

import jsonpickle
from flask import Blueprint, abort, current_app, g, redirect, request

from loyalty.cardlink.exchange import exchange_code
from loyalty.web.auth import login_required

bp = Blueprint("cardlink", __name__, url_prefix="/cardlink")


@dataclass
class LinkState:
    member_id: int
    issuer: str
    nonce: str


def _encode_state(state: LinkState) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(state).encode()).decode()


@bp.get("/start/<issuer>")
@login_required
def start(issuer: str):
    issuers = current_app.config["CARDLINK_ISSUERS"]
    if issuer not in issuers:
        abort(404)
    state = LinkState(g.member.id, issuer, secrets.token_urlsafe(16))
    query = urlencode({
        "client_id": issuers[issuer]["client_id"],
        "redirect_uri": current_app.config["CARDLINK_REDIRECT_URI"],
        "response_type": "code",
        "state": _encode_state(state),
    })
    return redirect(f"{issuers[issuer]['authorize_url']}?{query}")


@bp.get("/callback")
def callback():
    code = request.args.get("code")
    raw_state = request.args.get("state", "")
    if not code or not raw_state:
        abort(400)
    state = jsonpickle.decode(base64.urlsafe_b64decode(raw_state).decode())
    if not isinstance(state, LinkState):
        abort(400)
    exchange_code(state.member_id, code, current_app.config["CARDLINK_REDIRECT_URI"])
    return redirect("/app/cards?linked=1")
