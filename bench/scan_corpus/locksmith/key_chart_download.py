"""Master-key chart downloads for site managers."""
from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("key_charts", __name__)


@bp.get("/sites/<int:site_id>/charts")
@login_required
def chart(site_id: int):
    if not current_user.can_view_site(site_id):
        abort(403)
    filename = request.args.get("file", f"site-{site_id}.pdf")
    site_dir = f"{current_app.config['KEY_CHART_DIR']}/{site_id}"
    return send_from_directory(site_dir, filename, mimetype="application/pdf", as_attachment=True)
