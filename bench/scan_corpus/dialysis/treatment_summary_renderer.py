"""Renders the end-of-session treatment summary shown on the ward screen.

After each session the summary (weights, UF removed, Kt/V estimate,
nurse notes) is shown on the clinic's wall display and attached to the
patient record as HTML.
"""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup


@dataclass
class SessionSummary:
    patient_name: str
    chair_label: str
    pre_weight_kg: float
    post_weight_kg: float
    uf_removed_ml: int
    ktv_estimate: float
    nurse_notes: str


def notes_to_html(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return Markup(body)


class SummaryRenderer:
    template_name = "treatment_summary.html"
    filters = {"notes_html": notes_to_html}

    def __init__(self) -> None:
        self._env = Environment(
            loader=PackageLoader("clinic_ward", "templates"),
            autoescape=select_autoescape(["html"]),
        )
        self._env.filters.update(self.filters)

    def render(self, summary: SessionSummary) -> str:
        template = self._env.get_template(self.template_name)
        return template.render(
            s=summary,
            weight_delta=round(summary.pre_weight_kg - summary.post_weight_kg, 2),
        )
