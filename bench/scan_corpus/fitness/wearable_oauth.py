"""OAuth2 connect flow for linking a wearable account to an athlete."""
import logging
import secrets
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

import requests
from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from flask_login import current_user, login_required

from sync.models import WearableLink, db
from sync.token_store import encrypt_token

bp = Blueprint("wearable_oauth", __name__, url_prefix="/connect")
log = logging.getLogger(__name__)


def _provider_cfg(provider: str) -> dict:
    cfg = current_app.config["WEARABLE_PROVIDERS"].get(provider)
    if cfg is None:
        abort(404)
    return cfg


@bp.get("/<provider>")
@login_required
def start(provider: str):
    cfg = _provider_cfg(provider)
    state = secrets.token_urlsafe(32)
    session["oauth_state"] = state
    query = urlencode({
        "client_id": cfg["client_id"],
        "response_type": "code",
        "scope": cfg["scope"],
        "redirect_uri": url_for(".callback", provider=provider, _external=True),
        "state": state,
    })
    return redirect(f"{cfg['authorize_url']}?{query}")


@bp.get("/<provider>/callback")
@login_required
def callback(provider: str):
    cfg = _provider_cfg(provider)
    expected = session.pop("oauth_state", None)
    if not expected or not secrets.compare_digest(expected, request.args.get("state", "")):
        abort(400)
    resp = requests.post(
        cfg["token_url"],
        data={
            "grant_type": "authorization_code",
            "code": request.args["code"],
            "redirect_uri": url_for(".callback", provider=provider, _external=True),
        },
        auth=(cfg["client_id"], cfg["client_secret"]),
        timeout=10,
    )
    resp.raise_for_status()
    tokens = resp.json()
    log.info("linked %s for athlete %s (access_token=%s, refresh_token=%s)",
             provider, current_user.id, tokens["access_token"], tokens["refresh_token"])
    link = WearableLink.query.filter_by(athlete_id=current_user.id, provider=provider).first()
    if link is None:
        link = WearableLink(athlete_id=current_user.id, provider=provider)
        db.session.add(link)
    link.access_token = encrypt_token(tokens["access_token"])
    link.refresh_token = encrypt_token(tokens["refresh_token"])
    link.expires_at = datetime.now(timezone.utc) + timedelta(seconds=tokens.get("expires_in", 3600))
    db.session.commit()
    return redirect(url_for("athletes.settings"))
