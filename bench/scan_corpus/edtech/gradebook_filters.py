"""Jinja filters used by the gradebook templates."""
from markupsafe import Markup

STATUS_CLASSES = {
    "late": "badge badge-warning",
    "missing": "badge badge-danger",
    "excused": "badge badge-muted",
}


def score_cell(score: float | None, points_possible: float) -> Markup:
    if score is None:
        return Markup('<td class="score empty">&ndash;</td>')
    pct = 100 * score / points_possible if points_possible else 0
    return Markup('<td class="score" data-pct="{:.0f}">{:g} / {:g}</td>').format(pct, score, points_possible)


def student_name_cell(display_name: str, pronouns: str | None, status: str | None) -> Markup:
    """Name cell with optional pronouns and a submission-status badge.

    ``display_name`` and ``pronouns`` are set by students in their profile.
    """
    cell = Markup('<td class="student"><span class="name">{}</span>').format(display_name)
    if pronouns:
        cell += Markup(' <span class="pronouns">({})</span>').format(pronouns)
    if status in STATUS_CLASSES:
        cell += Markup(' <span class="{}">{}</span>').format(STATUS_CLASSES[status], status)
    return cell + Markup("</td>")


def comment_preview(text: str, length: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length] + "\u2026"


def register(env) -> None:
    env.filters["score_cell"] = score_cell
    env.filters["student_name_cell"] = student_name_cell
    env.filters["comment_preview"] = comment_preview
