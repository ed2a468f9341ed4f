"""Customer-facing progress page for a commission.

Shows each build stage with the workshop's notes and the comments the
customer has left, so both sides see the same history.
"""
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, g, render_template_string
from markupsafe import Markup, escape

bp = Blueprint("commission_progress", __name__)

PAGE = """
<!doctype html>
<title>Commission {{ ref }}</title>
<h1>{{ vehicle }} &mdash; {{ ref }}</h1>
<ol class="stages">
{% for s in stages %}
  <li class="{{ 'done' if s.done else 'pending' }}">{{ s.name }} {% if s.done %}({{ s.when }}){% endif %}</li>
{% endfor %}
</ol>
<section class="comments">
{% for c in comments %}
  <article><header>{{ c.author }} &middot; {{ c.when }}</header>{{ c.body }}</article>
{% endfor %}
</section>
"""


@dataclass
class Comment:
    author: str
    when: str
    body: Markup


def _format_comment(row: dict) -> Comment:
    text = row["body"].replace("\n", "<br>")
    return Comment(
        author=str(escape(row["author"])),
        when=row["created_at"].strftime("%d %b %Y"),
        body=Markup(text),
    )


@bp.get("/portal/commissions/<ref>")
def progress(ref: str):
    from .repository import commission_for_customer, comments_for, stages_for

    commission = commission_for_customer(ref, g.customer_id)
    if commission is None:
        abort(404)
    stages = [
        {"name": s["name"], "done": s["completed_at"] is not None,
         "when": s["completed_at"].strftime("%d %b") if s["completed_at"] else ""}
        for s in stages_for(ref)
    ]
    comments = [_format_comment(row) for row in comments_for(ref)]
    return render_template_string(
        PAGE,
        ref=ref,
        vehicle=commission["vehicle_type"],
        stages=stages,
        comments=comments,
        generated=datetime.now(),
    )
