"""HTML tuning visit reports for parish clients.

After each visit the office emails the parish a short report: stops tuned,
faults found, the temperature in the building and any notes the verger left
on the booking form about the state of the instrument.
"""
from dataclasses import dataclass, field
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("organworks", "templates/reports"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class Fault:
    division: str
    stop: str
    note: str
    action: str


@dataclass
class VisitReport:
    parish: str
    instrument: str
    visit_date: date
    tuner: str
    nave_temp_c: float
    stops_tuned: list[str]
    faults: list[Fault] = field(default_factory=list)
    client_notes: str = ""


def _paragraphs(text: str) -> Markup:
    return Markup(text.strip().replace("\n", "<br>\n"))


def render_report(report: VisitReport) -> str:
    template = env.get_template("visit_report.html")
    return template.render(
        report=report,
        client_notes=_paragraphs(report.client_notes),
        fault_count=len(report.faults),
        date_label=report.visit_date.strftime("%d %B %Y"),
    )


def render_for_round(reports: list[VisitReport]) -> dict[str, str]:
    return {f"{r.parish}-{r.visit_date.isoformat()}": render_report(r) for r in reports}
