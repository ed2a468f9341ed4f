"""HTML condition report for a surveyed pargeting scheme.

After a survey visit the report lists each panel's condition, the surveyor's
findings and the comments the homeowner has added through the portal, and
is rendered for the portal and the emailed copy.
"""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pargeter.surveys import Survey, SurveyNote

env = Environment(
    loader=PackageLoader("pargeter", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

CONDITION_CLASSES = {
    "sound": "cond-ok",
    "hollow": "cond-warn",
    "cracked": "cond-warn",
    "detached": "cond-bad",
    "missing": "cond-bad",
}


def _format_note(note: SurveyNote) -> Markup:
    paragraphs = [p.strip() for p in note.body.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return Markup(f'<div class="note note-{note.author_role}">{body}</div>')


def _panel_rows(survey: Survey) -> list[dict]:
    return [
        {
            "elevation": panel.elevation,
            "size": f"{panel.width_mm} x {panel.height_mm} mm",
            "motif": panel.motif,
            "condition": panel.condition,
            "css": CONDITION_CLASSES.get(panel.condition, "cond-unknown"),
        }
        for panel in survey.panels
    ]


def render_condition_report(survey: Survey) -> str:
    template = env.get_template("reports/condition_report.html")
    return template.render(
        survey=survey,
        panels=_panel_rows(survey),
        notes=[_format_note(n) for n in survey.notes],
    )
