"""Renders the patient-facing discharge summary page from the clinician's free-text notes."""
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("portal.discharge", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def nl2br(value: str) -> Markup:
    """Keep the clinician's line breaks while escaping everything they typed."""
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


env.filters["nl2br"] = nl2br


@dataclass
class DischargeSummary:
    patient_name: str
    discharge_date: date
    diagnoses: list[str]
    instructions: str
    follow_up: str


def render_summary(summary: DischargeSummary) -> str:
    template = env.get_template("summary.html")
    return template.render(
        patient=summary.patient_name,
        discharged=summary.discharge_date.strftime("%B %d, %Y"),
        diagnoses=summary.diagnoses,
        instructions=summary.instructions,
        follow_up=summary.follow_up,
    )
