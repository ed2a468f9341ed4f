"""Template tags for book contributor lines on catalogue pages.

    {% load contributor_tags %}
    {% contributors book %}
"""
from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

ROLE_LABELS = {"A01": "", "B01": "edited by", "B06": "translated by", "A12": "illustrated by"}


@register.simple_tag
def contributors(book):
    groups: dict[str, list] = {}
    for c in book.contributors.select_related("person").order_by("sequence"):
        groups.setdefault(c.role_code, []).append(c.person)
    parts = []
    for role, people in groups.items():
        names = format_html_join(
            mark_safe(", "),
            '<a class="contributor" href="{}">{}</a>',
            ((reverse("catalogue:person", kwargs={"slug": p.slug}), p.display_name) for p in people),
        )
        label = ROLE_LABELS.get(role, "")
        parts.append(format_html("{} {}", label, names) if label else names)
    if not parts:
        return ""
    joined = format_html_join(mark_safe("; "), "{}", ((part,) for part in parts))
    return format_html('<p class="contributors">{}</p>', joined)
