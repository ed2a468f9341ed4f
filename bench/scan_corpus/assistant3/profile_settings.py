"""Account settings views: show a confirmation banner after profile updates."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from accounts.forms import ProfileForm

bp = Blueprint("settings", __name__, url_prefix="/settings")


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    form = ProfileForm(obj=current_user)
    if request.method == "POST" and form.validate():
        form.populate_obj(current_user)
        current_user.save()
        flash(Markup("Saved changes for <strong>{}</strong>.").format(form.display_name.data))
        return redirect(url_for("settings.profile"))
    return render_template("settings/profile.html", form=form)
