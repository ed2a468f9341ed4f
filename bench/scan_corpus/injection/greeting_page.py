"""Landing page shown after sign-in."""
from datetime import date

from flask import Blueprint, render_template_string, request, session

bp = Blueprint("home", __name__)

LAYOUT = """<!doctype html>
<html lang="en">
  <head><title>Dashboard</title><link rel="stylesheet" href="/static/app.css"></head>
  <body>
    <main>{body}</main>
    <footer>&copy; {{{{ year }}}} Acme Ltd.</footer>
  </body>
</html>"""


@bp.route("/welcome")
def welcome():
    name = request.args.get("name") or session.get("display_name", "there")
    unread = session.get("unread", 0)
    body = f"<h1>Welcome back, {name}!</h1><p>You have {unread} new messages.</p>"
    return render_template_string(LAYOUT.format(body=body), year=date.today().year)
