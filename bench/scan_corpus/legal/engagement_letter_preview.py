"""Preview of engagement letters before they are sent for signature."""
from flask import Blueprint, abort, render_template_string, request
from flask_login import current_user, login_required

from .models import Matter

bp = Blueprint("engagement_letters", __name__)

LETTER_FRAME = """{% extends "letters/base.html" %}
{% block body %}
<p>Dear {{ client.salutation }},</p>
<p>Re: {{ matter.title }} ({{ matter.number }})</p>
__INTRO__
{% include "letters/scope.html" %}
{% include "letters/fee_schedule.html" %}
{% endblock %}
"""


@bp.post("/matters/<int:matter_id>/engagement-letter/preview")
@login_required
def preview_engagement_letter(matter_id: int):
    matter = Matter.query.get_or_404(matter_id)
    if not current_user.can_edit(matter):
        abort(403)
    intro = request.form.get("intro", "").strip()
    paragraphs = "\n".join(f"<p>{line}</p>" for line in intro.splitlines() if line)
    source = LETTER_FRAME.replace("__INTRO__", paragraphs)
    return render_template_string(source, matter=matter, client=matter.client, author=current_user)
