"""Builds the HTML emails sent when a custom saddle moves to a new workshop stage."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

STAGE_TEMPLATE = """\
<h1>{{ headline }}</h1>
<p>Dear {{ customer_name }},</p>
<p>Your {{ model }} for {{ horse_name }} is now at the stage: <b>{{ stage_label }}</b>.</p>
{% if maker_note %}<blockquote>{{ maker_note }}</blockquote>{% endif %}
<p>{{ signature }}</p>
"""

env = Environment(
    loader=DictLoader({"stage.html": STAGE_TEMPLATE}),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
)

STAGE_LABELS = {
    "tree": "Tree fitted",
    "panels": "Panels flocked",
    "stitching": "Hand stitching",
    "qc": "Final inspection",
    "ready": "Ready for collection",
}

SIGNATURE = Markup("The workshop team<br>Hartley &amp; Sons Saddlers")


@dataclass
class StageUpdate:
    customer_name: str
    horse_name: str
    model: str
    stage: str
    maker_note: str = ""


def render_stage_email(update: StageUpdate) -> str:
    template = env.get_template("stage.html")
    return template.render(
        headline=f"Order update: {STAGE_LABELS.get(update.stage, update.stage)}",
        customer_name=update.customer_name,
        horse_name=update.horse_name,
        model=update.model,
        stage_label=STAGE_LABELS.get(update.stage, update.stage),
        maker_note=update.maker_note,
        signature=SIGNATURE,
    )


def subject_line(update: StageUpdate) -> str:
    return f"{escape(update.horse_name)}'s saddle: {STAGE_LABELS.get(update.stage, 'update')}"
