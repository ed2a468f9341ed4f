"""Renders the six-monthly recall e-mails sent to patients."""
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, FileSystemLoader, StrictUndefined


@dataclass
class RecallContext:
    patient_first_name: str
    clinic_name: str
    clinic_phone: str
    last_visit: date
    booking_url: str
    practitioner: str = ""


def nice_date(value: date) -> str:
    return value.strftime("%d %B %Y")


class RecallEmailRenderer:
    def __init__(self, template_dir: str):
        self.env = Environment(loader=FileSystemLoader(template_dir), autoescape=False, undefined=StrictUndefined)
        self.env.trim_blocks = True
        self.env.lstrip_blocks = True
        self.env.filters["nice_date"] = nice_date

    def subject(self, ctx: RecallContext) -> str:
        return f"Time for your check-up at {ctx.clinic_name}"

    def render(self, ctx: RecallContext) -> tuple[str, str]:
        html = self.env.get_template("recall.html").render(ctx=ctx)
        text = self.env.get_template("recall.txt").render(ctx=ctx)
        return html, text
