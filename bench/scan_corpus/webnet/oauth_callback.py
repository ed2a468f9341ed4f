"""OAuth2 connect flow for linking a user's calendar account."""
import logging
import os
import secrets
from datetime import datetime, timedelta, timezone

from authlib.integrations.requests_client import OAuth2Session
from flask import Blueprint, abort, redirect, request, session, url_for
from flask_login import current_user, login_required

from calendarsync.models import CalendarLink, db

bp = Blueprint("calendar_oauth", __name__, url_prefix="/integrations/calendar")
log = logging.getLogger(__name__)

AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
TOKEN_URL = "https://oauth2.googleapis.com/token"
SCOPES = "openid email https://www.googleapis.com/auth/calendar.readonly"


def _client(state: str | None = None) -> OAuth2Session:
    return OAuth2Session(
        client_id=os.environ["GOOGLE_CLIENT_ID"],
        client_secret=os.environ["GOOGLE_CLIENT_SECRET"],
        scope=SCOPES,
        redirect_uri=url_for("calendar_oauth.callback", _external=True),
        state=state,
    )


@bp.get("/connect")
@login_required
def connect():
    state = secrets.token_urlsafe(24)
    session["calendar_oauth_state"] = state
    url, _ = _client(state).create_authorization_url(AUTHORIZE_URL, access_type="offline", prompt="consent")
    return redirect(url)


@bp.get("/callback")
@login_required
def callback():
    expected = session.pop("calendar_oauth_state", None)
    if not expected or not secrets.compare_digest(expected, request.args.get("state", "")):
        abort(400)

    token = _client(expected).fetch_token(TOKEN_URL, authorization_response=request.url)
    log.info("calendar linked for user %s, access_token=%s", current_user.id, token["access_token"])

    link = CalendarLink.query.filter_by(user_id=current_user.id).one_or_none() or CalendarLink(user_id=current_user.id)
    link.access_token = token["access_token"]
    link.refresh_token = token.get("refresh_token", link.refresh_token)
    link.expires_at = datetime.now(timezone.utc) + timedelta(seconds=int(token.get("expires_in", 3600)))
    db.session.add(link)
    db.session.commit()
    return redirect(url_for("settings.integrations"))
