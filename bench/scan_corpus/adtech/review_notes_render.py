"""Creative review history page shown to account managers."""
from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from creatives.models import Creative, ReviewEvent
from console.auth import login_required, current_user

bp = Blueprint("review_history", __name__)

_STATUS_BADGES = {
    "approved": Markup('<span class="badge badge-ok">Approved</span>'),
    "rejected": Markup('<span class="badge badge-err">Rejected</span>'),
    "pending": Markup('<span class="badge">Pending</span>'),
}


def format_note(text: str) -> Markup:
    """Keep the reviewer's line breaks; every line is escaped by Markup.join."""
    return Markup("<br>\n").join(text.splitlines())


def status_badge(status: str) -> Markup:
    return _STATUS_BADGES.get(status, Markup("<span class=\"badge\">{}</span>").format(status))


@bp.route("/creatives/<int:creative_id>/history")
@login_required
def history(creative_id: int):
    creative = Creative.query.get_or_404(creative_id)
    if creative.advertiser.account_manager_id != current_user.id and not current_user.is_admin:
        abort(403)
    events = (
        ReviewEvent.query.filter_by(creative_id=creative_id)
        .order_by(ReviewEvent.created_at.desc())
        .all()
    )
    rows = [
        {
            "when": e.created_at,
            "reviewer": escape(e.reviewer_name),
            "badge": status_badge(e.status),
            "note": format_note(e.note or ""),
        }
        for e in events
    ]
    return render_template("review/history.html", creative=creative, rows=rows)
