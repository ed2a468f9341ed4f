"""Target summary cards shown on the night-planning page."""
from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from planning.models import Target
from planning.visibility import visibility_window

bp = Blueprint("targets", __name__, url_prefix="/planning/targets")

BADGE = Markup('<span class="badge badge-{}">{}</span>')


def _priority_badge(target: Target) -> Markup:
    return BADGE.format(target.priority_class, target.priority_label)


def _name_html(target: Target) -> Markup:
    # observers often paste names like "SN 2024abc / ZTF24aaabcde"
    parts = [escape(p.strip()) for p in target.name.split("/")]
    return Markup(" <small>/</small> ").join(parts)


@bp.get("/<int:target_id>")
def target_card(target_id: int):
    target = Target.query.get(target_id)
    if target is None:
        abort(404)
    return render_template(
        "planning/target_card.html",
        target=target,
        name_html=_name_html(target),
        badge=_priority_badge(target),
        window=visibility_window(target),
    )
