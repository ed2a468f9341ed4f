"""Renders notices to pilots (navigation warnings, buoy changes, dredging).

Notices are drafted by the harbour master's office in a web form and
shown on the pilots' intranet. Drafts are plain text; only the fixed
notice banner is trusted HTML.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, request
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "notice.html": """
<article class="notice notice-{{ notice.severity }}">
  {{ banner }}
  <h2>{{ notice.number }}: {{ notice.title }}</h2>
  <p class="meta">Effective {{ notice.effective }} &middot; issued by {{ notice.author }}</p>
  <div class="body">{{ notice.body }}</div>
</article>
""",
}

jinja_env = Environment(
    loader=DictLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
)

BANNER = Markup('<div class="banner">Notice to Pilots &mdash; Harbour Pilotage Service</div>')
SEVERITIES = {"info", "caution", "warning"}


@dataclass
class PilotNotice:
    number: str
    title: str
    body: str
    author: str
    effective: date
    severity: str = "info"


def render_notice(notice: PilotNotice) -> str:
    if notice.severity not in SEVERITIES:
        notice.severity = "info"
    return jinja_env.get_template("notice.html").render(notice=notice, banner=BANNER)


app = Flask(__name__)


@app.post("/notices/preview")
def preview_notice():
    form = request.form
    notice = PilotNotice(
        number=form.get("number", "NTP-DRAFT"),
        title=form.get("title", ""),
        body=form.get("body", ""),
        author=form.get("author", ""),
        effective=date.fromisoformat(form.get("effective", date.today().isoformat())),
        severity=form.get("severity", "info"),
    )
    return render_notice(notice)
