"""Public gallery of finished commissions with the client's own words about their chair."""
from flask import Blueprint, abort, redirect, render_template_string, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import Commission, Testimonial, db

bp = Blueprint("gallery", __name__, url_prefix="/gallery")

PAGE = """
{% extends "base.html" %}
{% block content %}
<h1>{{ commission.chair_style }} in {{ commission.wood }}</h1>
<img src="{{ commission.hero_photo_url }}" alt="{{ commission.chair_style }}">
{% for t in testimonials %}
  <blockquote class="testimonial">{{ t.body }}<footer>{{ t.author_name }}</footer></blockquote>
{% endfor %}
{% endblock %}
"""


def _render_body(text: str) -> Markup:
    """Clients like to keep their paragraph breaks."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


@bp.get("/<int:commission_id>")
def show(commission_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if not commission.published:
        abort(404)
    testimonials = [
        {"body": _render_body(t.body), "author_name": t.author_name}
        for t in commission.testimonials
        if t.approved
    ]
    return render_template_string(PAGE, commission=commission, testimonials=testimonials)


@bp.post("/<int:commission_id>/testimonial")
@login_required
def add_testimonial(commission_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if commission.client_id != current_user.id:
        abort(403)
    body = request.form.get("body", "").strip()
    if not 20 <= len(body) <= 4000:
        abort(400, "Please write between 20 and 4000 characters.")
    db.session.add(
        Testimonial(
            commission_id=commission.id,
            author_name=current_user.display_name,
            body=body,
            approved=True,
        )
    )
    db.session.commit()
    return redirect(url_for("gallery.show", commission_id=commission.id))
