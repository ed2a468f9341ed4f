"""Editor-side preview of submitted clues.

When a setter submits a puzzle, the crossword editor reviews the clues in a
side-by-side view with the grid. Setters may use light formatting in clues
(italics for titles), so the clue text is passed through a small formatter
before it is shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

bp = Blueprint("clue_preview", __name__, url_prefix="/editor")

_ITALIC = re.compile(r"_(.+?)_")


@dataclass
class ClueView:
    number: int
    direction: str
    html: Markup
    enumeration: str


def format_clue(text: str) -> Markup:
    """Turn ``_Title_`` into italics for the editor preview."""
    return Markup(_ITALIC.sub(r"<i>\1</i>", text.strip()))


def _clue_views(submission) -> list[ClueView]:
    views = []
    for clue in sorted(submission.clues, key=lambda c: (c.direction, c.number)):
        views.append(
            ClueView(
                number=clue.number,
                direction=clue.direction,
                html=format_clue(clue.text),
                enumeration=clue.enumeration,
            )
        )
    return views


@bp.get("/submissions/<int:submission_id>/preview")
@login_required
def preview(submission_id: int):
    if not current_user.is_editor:
        abort(403)
    from .models import Submission

    submission = Submission.query.get_or_404(submission_id)
    return render_template(
        "editor/preview.html",
        submission=submission,
        clues=_clue_views(submission),
        grid=submission.grid_rows(),
    )
