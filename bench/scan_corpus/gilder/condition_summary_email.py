"""Builds the HTML summary e-mail sent when a condition report is issued.

The summary quotes the conservator's findings, which are free text typed at
the bench, and keeps their line breaks.
"""
from dataclasses import dataclass, field

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup, escape

TEMPLATE = """\
<h2>Condition report: {{ title }}</h2>
<p>Accession no. {{ accession_no }} &middot; lender {{ lender }}</p>
{% for f in findings %}
<h3>{{ f.zone }}</h3>
<p>{{ f.text | nl2br }}</p>
{% endfor %}
<p>Overall condition: <strong>{{ grade }}</strong></p>
"""


def nl2br(value: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


env = Environment(
    loader=DictLoader({"summary.html": TEMPLATE}),
    autoescape=select_autoescape(default_for_string=True, default=True),
)
env.filters["nl2br"] = nl2br


@dataclass
class Finding:
    zone: str
    text: str


@dataclass
class Summary:
    title: str
    accession_no: str
    lender: str
    grade: str
    findings: list[Finding] = field(default_factory=list)


def render_summary(summary: Summary) -> str:
    return env.get_template("summary.html").render(
        title=summary.title,
        accession_no=summary.accession_no,
        lender=summary.lender,
        grade=summary.grade,
        findings=summary.findings,
    )
