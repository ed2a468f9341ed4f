"""Public repair status page.

Customers follow their repair from a link in the intake e-mail. The page
shows the progress steps and the latest note from the bench, plus the
customer's own description of the fault from the intake form.
"""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from .tickets import find_by_public_ref

bp = Blueprint("status_page", __name__)

STEPS = ["received", "inspected", "quoted", "on_bench", "testing", "ready"]

PAGE = """
<!doctype html>
<title>Repair {{ ref }}</title>
<h1>{{ instrument }}</h1>
<ol class="steps">
{% for step in steps %}<li class="{{ 'done' if step in done else '' }}">{{ step|replace('_', ' ') }}</li>{% endfor %}
</ol>
<section class="fault">{{ fault }}</section>
<p class="bench-note">{{ bench_note }}</p>
{% if promised %}<p>Expected ready: {{ promised.strftime('%d %B %Y') }}</p>{% endif %}
"""


@dataclass
class StatusView:
    ref: str
    instrument: str
    fault_html: Markup
    bench_note: str
    done: list
    promised: date | None


def _fault_block(description: str) -> Markup:
    paragraphs = [p.strip() for p in description.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _build_view(ticket) -> StatusView:
    reached = STEPS.index(ticket.status) if ticket.status in STEPS else 0
    return StatusView(
        ref=ticket.public_ref,
        instrument=f"{ticket.maker} {ticket.model}",
        fault_html=_fault_block(ticket.customer_fault_description or ""),
        bench_note=ticket.latest_bench_note or "",
        done=STEPS[: reached + 1],
        promised=ticket.promised_on,
    )


@bp.get("/status/<ref>")
def status(ref: str):
    ticket = find_by_public_ref(ref)
    if ticket is None:
        abort(404)
    view = _build_view(ticket)
    return render_template_string(
        PAGE, ref=view.ref, instrument=view.instrument, fault=view.fault_html,
        bench_note=view.bench_note, steps=STEPS, done=view.done, promised=view.promised,
    )
