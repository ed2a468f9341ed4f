"""Template tags for the matter activity feed.

Notes are posted by firm staff and by client contacts through the portal's
"message your legal team" box.
"""
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

VISIBILITY_BADGES = {
    "internal": "badge-secondary",
    "client": "badge-info",
    "privileged": "badge-danger",
}


@register.simple_tag
def note_card(note):
    badge = format_html(
        '<span class="badge {}">{}</span>',
        VISIBILITY_BADGES.get(note.visibility, "badge-light"),
        note.get_visibility_display(),
    )
    author = format_html("<strong>{}</strong>", note.author_name)
    body = note.body.replace("\n", "<br>")
    return mark_safe(
        f'<div class="note-card">{badge} {author}<div class="note-body">{body}</div></div>'
    )


@register.filter
def hours_display(value):
    try:
        return f"{float(value):.1f}h"
    except (TypeError, ValueError):
        return ""
