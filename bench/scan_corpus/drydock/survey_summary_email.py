"""Builds the HTML summary email sent to owners when a hull survey is closed."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = {
    "summary.html": """
<h2>Hull survey {{ survey.reference }} &mdash; {{ survey.vessel }}</h2>
<p>{{ intro }}</p>
<table>
{% for f in survey.findings %}
  <tr><td>{{ f.location }}</td><td>{{ f.finding }}</td><td>{{ f.action }}</td></tr>
{% endfor %}
</table>
<p>Surveyor remarks: {{ survey.remarks }}</p>
""",
}


@dataclass
class Finding:
    location: str
    finding: str
    action: str


@dataclass
class SurveySummary:
    reference: str
    vessel: str
    remarks: str
    findings: list[Finding]


class SummaryRenderer:
    def __init__(self) -> None:
        self._env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))

    def _intro(self, summary: SurveySummary) -> Markup:
        return Markup("The survey of <strong>{}</strong> is now closed with {} findings.").format(
            escape(summary.vessel), len(summary.findings)
        )

    def render(self, summary: SurveySummary) -> str:
        tpl = self._env.get_template("summary.html")
        return tpl.render(survey=summary, intro=self._intro(summary))
