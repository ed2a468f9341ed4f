"""HTML preview of a disposal certificate shown before it is issued."""
from flask import Blueprint, abort, render_template_string
from markupsafe import Markup, escape

from knacker.certificates.service import draft_certificate

bp = Blueprint("cert_preview", __name__)

PREVIEW = """
<article class="certificate">
  <h1>Certificate of disposal {{ cert.number }}</h1>
  <p>{{ holding_line }}</p>
  <ul>{% for line in animal_lines %}<li>{{ line }}</li>{% endfor %}</ul>
  <p class="remarks">{{ cert.remarks }}</p>
</article>
"""


def _holding_line(cert: dict) -> Markup:
    return Markup("Collected from <strong>{}</strong> (CPH {})").format(
        cert["holding_name"], cert["cph"]
    )


def _animal_line(animal: dict) -> Markup:
    tag = escape(animal.get("ear_tag") or "untagged")
    return Markup("{} &times; {} <code>{}</code>").format(animal["count"], animal["species"], tag)


@bp.get("/certificates/<int:draft_id>/preview")
def preview(draft_id: int):
    cert = draft_certificate(draft_id)
    if cert is None:
        abort(404)
    return render_template_string(
        PREVIEW,
        cert=cert,
        holding_line=_holding_line(cert),
        animal_lines=[_animal_line(a) for a in cert["animals"]],
    )
