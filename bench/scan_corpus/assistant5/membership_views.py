"""Views for managing workspace memberships."""
from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import Membership, db

bp = Blueprint("members", __name__, url_prefix="/workspace/members")

REMOVED_NOTICE = Markup("Removed <strong>{name}</strong> from {workspace}.")


@bp.post("/<int:membership_id>/remove")
@login_required
def remove_member(membership_id: int):
    membership = Membership.query.get_or_404(membership_id)
    if membership.workspace_id != current_user.workspace_id or not current_user.is_workspace_admin:
        abort(403)
    if membership.user_id == current_user.id:
        flash("You cannot remove yourself.", "error")
        return redirect(url_for("members.index"))

    name = membership.user.display_name
    workspace = membership.workspace.name
    reason = request.form.get("reason", "").strip()[:500]
    membership.deactivate(removed_by=current_user, reason=reason)
    db.session.commit()

    flash(REMOVED_NOTICE.format(name=name, workspace=workspace), "success")
    return redirect(url_for("members.index"))
