"""Admin endpoint to preview the maintenance banner before publishing it."""
from flask import Blueprint, abort, render_template_string, request
from flask_login import current_user, login_required

bp = Blueprint("banner", __name__, url_prefix="/admin/banner")

BANNER_SHELL = """
<div class="banner banner-{level}">
  <strong>{title}</strong>
  <p>{message}</p>
</div>
"""

LEVELS = {"info", "warning", "critical"}


@bp.route("/preview", methods=["POST"])
@login_required
def preview():
    if not current_user.is_staff:
        abort(403)
    level = request.form.get("level", "info")
    if level not in LEVELS:
        abort(400)
    html = BANNER_SHELL.format(
        level=level,
        title=request.form.get("title", ""),
        message=request.form.get("message", ""),
    )
    return render_template_string(html)
