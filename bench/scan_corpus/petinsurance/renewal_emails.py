"""Render policy renewal reminder emails (HTML and plain text)."""
from decimal import Decimal

from flask import render_template_string
from markupsafe import Markup, escape

SUBJECT = "Your pet insurance for {pet_name} renews soon"

RENEWAL_HTML = """
<p>Hi {{ first_name }},</p>
<p>{{ pet_name }}'s policy {{ policy_number }} renews on {{ renewal_date }}.
Your new monthly premium will be <strong>{{ premium }}</strong>.</p>
{% if changes %}<p>What's changed:<br>{{ changes }}</p>{% endif %}
<p>The PawProtect team</p>
"""


def _money(pence: int) -> str:
    return f"£{Decimal(pence) / 100:,.2f}"


def _lines_to_html(lines: list[str]) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in lines)


def render_renewal(policy, policyholder) -> tuple[str, str]:
    html = render_template_string(
        RENEWAL_HTML,
        first_name=policyholder.first_name,
        pet_name=policy.pet.name,
        policy_number=policy.number,
        renewal_date=policy.renewal_date.strftime("%d %B %Y"),
        premium=_money(policy.renewal_premium_pence),
        changes=_lines_to_html(policy.renewal_change_notes or []),
    )
    subject = SUBJECT.format(pet_name=policy.pet.name)
    return subject, html
