"""Landing page shown after sign-in."""
from datetime import date

from flask import Blueprint, render_template, request, session

bp = Blueprint("dashboard", __name__)


@bp.route("/home")
def home():
    name = request.args.get("name") or session.get("display_name", "there")
    unread = session.get("unread", 0)
    return render_template(
        "dashboard/home.html",
        name=name,
        unread=unread,
        year=date.today().year,
    )
