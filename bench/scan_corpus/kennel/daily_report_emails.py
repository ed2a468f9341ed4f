"""Builds the end-of-day 'pupdate' email sent to owners of boarding dogs."""
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("kennel", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class DailyReport:
    owner_first_name: str
    pet_name: str
    appetite: str
    walks: int
    playgroup: str
    staff_note: str
    photo_urls: list[str] = field(default_factory=list)


def note_html(text: str) -> Markup:
    """Render a handler's note with its line breaks preserved."""
    lines = [escape(line.strip()) for line in (text or "").splitlines() if line.strip()]
    return Markup("<br>").join(lines)


def subject_for(report: DailyReport) -> str:
    return f"{report.pet_name}'s day at the kennels"


def render_report(report: DailyReport) -> tuple[str, str]:
    """Return (html, text) bodies for the report email."""
    html = env.get_template("daily_report.html").render(
        report=report,
        note=note_html(report.staff_note),
        greeting=Markup("Hi <strong>%s</strong>,") % report.owner_first_name,
    )
    text = env.get_template("daily_report.txt").render(report=report, note=report.staff_note)
    return html, text


def build_reports(rows: list[dict]) -> list[tuple[str, str, str, str]]:
    """Turn DB rows into (to, subject, html, text) tuples for the mail queue."""
    out = []
    for row in rows:
        report = DailyReport(
            owner_first_name=row["owner_first_name"],
            pet_name=row["pet_name"],
            appetite=row["appetite"],
            walks=row["walks"],
            playgroup=row["playgroup"] or "Quiet time",
            staff_note=row["note"] or "",
            photo_urls=row.get("photos", []),
        )
        html, text = render_report(report)
        out.append((row["owner_email"], subject_for(report), html, text))
    return out
