"""Shareable read-only links that let a homeowner view a roofer's shingle quote."""

import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, render_template, url_for
from flask_login import current_user, login_required

from shinglemaker.db import db
from shinglemaker.models import Quote, QuoteShareLink

bp = Blueprint("quote_share", __name__, url_prefix="/quotes")

LINK_LIFETIME = timedelta(days=14)


def _new_link_token() -> str:
    return uuid.uuid1().hex


@bp.post("/<int:quote_id>/share")
@login_required
def create_share_link(quote_id: int):
    quote = Quote.query.get_or_404(quote_id)
    if quote.account_id != current_user.account_id:
        abort(404)
    link = QuoteShareLink(
        quote_id=quote.id,
        token=_new_link_token(),
        created_by=current_user.id,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    return jsonify(url=url_for("quote_share.view_shared", token=link.token, _external=True)), 201


@bp.get("/shared/<token>")
def view_shared(token: str):
    link = QuoteShareLink.query.filter_by(token=token, revoked=False).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    return render_template("quotes/shared.html", quote=link.quote, read_only=True)


@bp.delete("/<int:quote_id>/share/<int:link_id>")
@login_required
def revoke_share_link(quote_id: int, link_id: int):
    link = QuoteShareLink.query.filter_by(id=link_id, quote_id=quote_id).first_or_404()
    if link.quote.account_id != current_user.account_id:
        abort(404)
    link.revoked = True
    db.session.commit()
    return "", 204
