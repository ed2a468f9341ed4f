"""Comment thread shown under each proof in the customer review page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, render_template_string
from flask_login import current_user, login_required
from markupsafe import Markup

bp = Blueprint("proof_comments", __name__)

THREAD_TEMPLATE = """
<ul class="proof-thread">
{% for c in comments %}
  <li class="{{ 'staff' if c.from_staff else 'customer' }}">
    <span class="who">{{ c.author }}</span>
    <time>{{ c.created_at.strftime('%d %b %H:%M') }}</time>
    <div class="body">{{ c.rendered_body }}</div>
  </li>
{% endfor %}
</ul>
"""


@dataclass
class ProofComment:
    id: int
    proof_id: int
    author: str
    body: str
    from_staff: bool
    created_at: datetime

    @property
    def rendered_body(self) -> Markup:
        return Markup(self.body.replace("\n", "<br>"))


def _load_comments(proof_id: int) -> list[ProofComment]:
    from workshop.db import get_session
    from workshop.models import ProofCommentRow

    with get_session() as session:
        rows = (
            session.query(ProofCommentRow)
            .filter_by(proof_id=proof_id)
            .order_by(ProofCommentRow.created_at)
            .all()
        )
        return [
            ProofComment(r.id, r.proof_id, r.author_name, r.body, r.from_staff, r.created_at)
            for r in rows
        ]


@bp.get("/proofs/<int:proof_id>/comments")
@login_required
def comment_thread(proof_id: int):
    if not current_user.can_view_proof(proof_id):
        abort(403)
    comments = _load_comments(proof_id)
    return render_template_string(THREAD_TEMPLATE, comments=comments)
