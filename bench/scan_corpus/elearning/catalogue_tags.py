"""Template tags used by the course catalogue pages."""
from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

LEVEL_CLASSES = {"beginner": "success", "intermediate": "info", "advanced": "warning"}


@register.filter
def duration(minutes) -> str:
    """Render 95 as '1h 35m'."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours}h {rest}m"
    return f"{hours}h" if hours else f"{rest}m"


@register.simple_tag
def level_badge(level: str):
    css = LEVEL_CLASSES.get(level.lower(), "secondary")
    return format_html('<span class="badge bg-{}">{}</span>', css, level.title())


@register.simple_tag(takes_context=True)
def highlight(context, text: str):
    """Wrap occurrences of the current search term in <mark>."""
    query = context["request"].GET.get("q", "").strip()
    if not query or not text:
        return text
    return mark_safe(text.replace(query, f"<mark>{query}</mark>"))


@register.inclusion_tag("catalogue/_course_card.html", takes_context=True)
def course_card(context, course):
    return {"course": course, "request": context["request"]}
