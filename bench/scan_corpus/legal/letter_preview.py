"""Preview of engagement letters before they are sent for signature."""
from flask import Blueprint, abort, render_template_string, request
from flask_login import current_user, login_required

from .models import Matter

bp = Blueprint("letter_preview", __name__)

LETTER_FRAME = """{% extends "letters/base.html" %}
{% block body %}
<p>Dear {{ client.salutation }},</p>
<p>Re: {{ matter.title }} ({{ matter.number }})</p>
{% for para in intro %}<p>{{ para }}</p>{% endfor %}
{% include "letters/scope.html" %}
{% include "letters/fee_schedule.html" %}
{% endblock %}
"""


@bp.post("/matters/<int:matter_id>/engagement-letter/preview")
@login_required
def preview(matter_id: int):
    matter = Matter.query.get_or_404(matter_id)
    if not current_user.can_edit(matter):
        abort(403)
    intro = [line for line in request.form.get("intro", "").splitlines() if line.strip()]
    return render_template_string(
        LETTER_FRAME, matter=matter, client=matter.client, intro=intro, author=current_user
    )
