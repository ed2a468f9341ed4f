"""Auto-moderation rules that moderators can author from the dashboard.

A rule is a boolean expression over a few post attributes, e.g.
``reports >= 3 and account_age_days < 2``.
"""

from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from moderation.models import AutoRule, db

bp = Blueprint("moderation_rules", __name__, url_prefix="/moderation/rules")

SAMPLE_POST = {"text": "hello", "reports": 0, "account_age_days": 30, "links": 0, "has_media": False}


def _post_context(post) -> dict:
    return {
        "text": post.text.lower(),
        "reports": post.report_count,
        "account_age_days": (datetime.now(timezone.utc) - post.author.created_at).days,
        "links": post.link_count,
        "has_media": bool(post.media),
    }


def _matches(expr: str, ctx: dict) -> bool:
    return bool(eval(expr, {"__builtins__": {}}, dict(ctx)))


def rules_matching(post) -> list[AutoRule]:
    ctx = _post_context(post)
    return [r for r in AutoRule.query.filter_by(enabled=True) if _matches(r.expression, ctx)]


@bp.post("")
@login_required
def create_rule():
    if not current_user.has_role("moderator"):
        abort(403)
    payload = request.get_json(force=True)
    expr = payload.get("expression", "").strip()
    if not expr or len(expr) > 500:
        abort(400)
    try:
        _matches(expr, SAMPLE_POST)
    except Exception:
        return jsonify(error="expression does not evaluate"), 400
    rule = AutoRule(
        expression=expr,
        action=payload.get("action", "queue"),
        created_by=current_user.id,
        enabled=True,
    )
    db.session.add(rule)
    db.session.commit()
    return jsonify(id=rule.id), 201
