"""Workroom view of an alteration ticket, shown on the tablets at each bench.

The customer's own instructions are shown prominently so the furrier sees
exactly what was asked for at the counter (length, sleeve, lining, closures).
"""
from flask import Blueprint, abort, render_template_string
from markupsafe import Markup, escape

from .models import AlterationTicket

bp = Blueprint("workroom", __name__, url_prefix="/workroom")

TICKET_TEMPLATE = """
<!doctype html>
<title>Ticket {{ ticket.number }}</title>
<h1>{{ ticket.number }} &middot; {{ ticket.garment_tag }}</h1>
<p class="meta">{{ ticket.work_type }} &middot; due {{ ticket.due_date.strftime('%d %b') }}</p>
<section class="instructions">{{ instructions }}</section>
<ul class="measurements">
{% for name, value in measurements %}<li>{{ name }}: {{ value }} cm</li>{% endfor %}
</ul>
"""


def _format_instructions(text: str) -> Markup:
    """Keep the customer's line breaks so numbered steps stay readable."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


def _measurements(ticket: AlterationTicket) -> list:
    fields = ("length", "sleeve", "chest", "shoulder")
    return [
        (escape(name.title()), getattr(ticket, f"{name}_cm"))
        for name in fields
        if getattr(ticket, f"{name}_cm", None) is not None
    ]


@bp.get("/tickets/<int:ticket_id>")
def show_ticket(ticket_id: int):
    ticket = AlterationTicket.query.get(ticket_id)
    if ticket is None:
        abort(404)
    return render_template_string(
        TICKET_TEMPLATE,
        ticket=ticket,
        instructions=_format_instructions(ticket.customer_instructions or ""),
        measurements=_measurements(ticket),
    )
