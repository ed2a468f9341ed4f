"""HTML summary of a treatment plan shown to patients before they sign."""
from dataclasses import dataclass, field
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape


@dataclass
class PlanItem:
    code: str
    description: str
    tooth: str | None
    fee: Decimal


@dataclass
class PlanSummary:
    patient_name: str
    dentist: str
    clinician_notes: str = ""
    items: list[PlanItem] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((i.fee for i in self.items), Decimal("0"))


def nl2br(value: str) -> Markup:
    """Keep the clinician's line breaks while escaping everything else."""
    return Markup("<br>\n").join(escape(line) for line in value.splitlines())


class TreatmentSummaryRenderer:
    def __init__(self):
        self.env = Environment(
            loader=PackageLoader("plans", "templates"),
            autoescape=select_autoescape(["html", "xml"]),
        )
        self.env.filters["nl2br"] = nl2br

    def render(self, summary: PlanSummary) -> str:
        return self.env.get_template("treatment_summary.html").render(plan=summary)
