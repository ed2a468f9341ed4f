"""HTML email bodies for FOI responses sent to requesters."""
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

_env = Environment(
    loader=PackageLoader("foi", "templates/email"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
)

# Fixed footer text approved by Information Governance.
_FOOTER = Markup(
    "<p>If you are unhappy with this response you may ask for an internal review "
    "within 40 working days, and then complain to the "
    '<a href="https://ico.org.uk/make-a-complaint/">Information Commissioner</a>.</p>'
)


def render_response(foi, officer, attachments: list[Path]) -> str:
    tpl = _env.get_template("foi_response.html")
    return tpl.render(
        reference=foi.reference,
        requester_name=foi.requester_name,
        question=foi.request_text,
        outcome=foi.outcome_label,
        exemptions=foi.exemptions,
        officer_name=officer.display_name,
        attachments=[p.name for p in attachments],
        footer=_FOOTER,
    )
