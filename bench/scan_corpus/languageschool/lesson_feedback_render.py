"""Tutor-facing rendering of end-of-lesson feedback from students.

After each lesson students answer three quick questions and may add a
free-text comment. The tutor dashboard shows the comments in a table.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence

from markupsafe import Markup

ROW_TEMPLATE = Markup(
    "<tr><td>{student}</td><td>{pace}</td><td>{clarity}</td><td>{comment}</td></tr>"
)
TABLE_HEAD = Markup(
    "<table class='feedback'><thead><tr><th>Student</th><th>Pace</th>"
    "<th>Clarity</th><th>Comment</th></tr></thead><tbody>"
)


@dataclass
class LessonFeedback:
    student_name: str
    pace: int
    clarity: int
    comment: str


def _score(value: int) -> str:
    return f"{max(1, min(value, 5))}/5"


def feedback_row(item: LessonFeedback) -> Markup:
    return ROW_TEMPLATE.format(
        student=item.student_name,
        pace=_score(item.pace),
        clarity=_score(item.clarity),
        comment=item.comment,
    )


def feedback_table(items: Sequence[LessonFeedback]) -> Markup:
    rows: List[Markup] = [feedback_row(item) for item in items]
    return TABLE_HEAD + Markup("").join(rows) + Markup("</tbody></table>")


def average_scores(items: Sequence[LessonFeedback]) -> dict:
    if not items:
        return {"pace": None, "clarity": None}
    return {
        "pace": round(sum(i.pace for i in items) / len(items), 2),
        "clarity": round(sum(i.clarity for i in items) / len(items), 2),
    }
