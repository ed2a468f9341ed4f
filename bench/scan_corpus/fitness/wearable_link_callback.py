"""OAuth2 callback that links a wearable account to an athlete profile."""
import logging
import secrets
from datetime import datetime, timedelta, timezone

import requests
from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from flask_login import current_user, login_required

from sync.models import WearableLink, db
from sync.token_store import encrypt_token

bp = Blueprint("wearable_link", __name__, url_prefix="/connect")
log = logging.getLogger(__name__)


@bp.get("/<provider>/callback")
@login_required
def callback(provider: str):
    cfg = current_app.config["WEARABLE_PROVIDERS"].get(provider)
    if cfg is None:
        abort(404)
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
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=tokens.get("expires_in", 3600))
    log.info("linked %s for athlete %s (scope=%s, token expires %s)",
             provider, current_user.id, tokens.get("scope", ""), expires_at.isoformat())
    link = WearableLink.query.filter_by(athlete_id=current_user.id, provider=provider).first()
    if link is None:
        link = WearableLink(athlete_id=current_user.id, provider=provider)
        db.session.add(link)
    link.access_token = encrypt_token(tokens["access_token"])
    link.refresh_token = encrypt_token(tokens["refresh_token"])
    link.expires_at = expires_at
    db.session.commit()
    return redirect(url_for("athletes.settings"))
