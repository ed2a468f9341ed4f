"""Live preview of a headstone inscription on the customer portal.

While a family types the wording for a memorial, the portal re-renders a
small HTML mock-up of the stone with the chosen typeface and layout.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, render_template_string, request
from markupsafe import Markup

preview_bp = Blueprint("preview", __name__, url_prefix="/portal/preview")

TYPEFACES = {"roman": "Trajan Pro", "block": "Gill Sans", "script": "Edwardian Script"}
FINISHES = {"gilded": "#c9a227", "silvered": "#c0c0c0", "painted": "#f5f5f5", "plain": "#6b6b6b"}

PREVIEW_TEMPLATE = """
<div class="stone stone--{{ shape }}">
  <div class="inscription" style="font-family: '{{ typeface }}'; color: {{ colour }};">
    {{ body }}
  </div>
  <p class="meta">{{ line_count }} lines &middot; approx. {{ letters }} letters</p>
</div>
"""


@dataclass
class InscriptionDraft:
    text: str
    typeface: str
    finish: str
    shape: str

    @property
    def lines(self) -> list[str]:
        return [ln.strip() for ln in self.text.splitlines() if ln.strip()]

    def as_html(self) -> Markup:
        return Markup("<br>".join(self.lines))


@preview_bp.post("/inscription")
def preview_inscription():
    form = request.form
    draft = InscriptionDraft(
        text=form.get("text", "")[:2000],
        typeface=form.get("typeface", "roman"),
        finish=form.get("finish", "gilded"),
        shape=form.get("shape", "ogee"),
    )
    if draft.typeface not in TYPEFACES or draft.finish not in FINISHES:
        abort(400)
    if draft.shape not in {"ogee", "square", "peon", "heart", "book"}:
        abort(400)
    return render_template_string(
        PREVIEW_TEMPLATE,
        shape=draft.shape,
        typeface=TYPEFACES[draft.typeface],
        colour=FINISHES[draft.finish],
        body=draft.as_html(),
        line_count=len(draft.lines),
        letters=sum(len(ln.replace(" ", "")) for ln in draft.lines),
    )
