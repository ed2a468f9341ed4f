"""Team invitation views."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from .mail import send_invitation
from .models import Invitation, db

bp = Blueprint("team", __name__, url_prefix="/team")


def _sent_notice(invitee_name: str, email: str) -> Markup:
    return Markup(f"Invitation sent to <strong>{invitee_name}</strong> ({email}).")


@bp.route("/invite", methods=["GET", "POST"])
@login_required
def invite():
    if request.method == "GET":
        return render_template("team/invite.html")

    name = request.form.get("name", "").strip()
    email = request.form.get("email", "").strip().lower()
    if not name or "@" not in email:
        flash("Please provide a name and a valid email address.", "error")
        return redirect(url_for("team.invite"))

    invitation = Invitation.create(team=current_user.team, email=email, name=name, invited_by=current_user)
    db.session.commit()
    send_invitation(invitation)

    flash(_sent_notice(name, email), "success")
    return redirect(url_for("team.members"))
