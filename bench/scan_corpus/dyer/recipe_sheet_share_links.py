"""Share links for approved dye recipe sheets.

When a lab dip is approved the buyer can forward a read-only link to the
recipe sheet to their garment maker, who does not have a portal login.
Anyone holding the link can open the sheet until it expires.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, render_template
from flask_login import current_user, login_required

from dyer.db import db
from dyer.models import RecipeShareLink, RecipeSheet
from dyer.settings import PUBLIC_BASE_URL

bp = Blueprint("recipe_share", __name__)

LINK_LIFETIME = timedelta(days=14)


def _new_link_id() -> str:
    return uuid.uuid1().hex


@bp.post("/recipes/<int:sheet_id>/share")
@login_required
def create_share_link(sheet_id: int):
    sheet = RecipeSheet.query.get_or_404(sheet_id)
    if sheet.account_id != current_user.account_id or sheet.status != "approved":
        abort(404)
    link = RecipeShareLink(
        token=_new_link_id(),
        sheet_id=sheet.id,
        created_by=current_user.id,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    return jsonify({"url": f"{PUBLIC_BASE_URL}/shared/recipes/{link.token}", "expires_at": link.expires_at.isoformat()})


@bp.get("/shared/recipes/<token>")
def open_shared_sheet(token: str):
    link = RecipeShareLink.query.filter_by(token=token).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    return render_template("recipe_sheet_readonly.html", sheet=link.sheet)
