"""Template tags for rendering docket entries on the matter calendar page."""
from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

STATUS_CLASSES = {
    "open": "text-warning",
    "met": "text-success",
    "missed": "text-danger",
}


@register.filter(needs_autoescape=True)
def multiline(text, autoescape=True):
    """Render newlines in free-text docket descriptions as <br>."""
    esc = conditional_escape if autoescape else (lambda s: s)
    return mark_safe("<br>".join(esc(line) for line in str(text).splitlines()))


@register.simple_tag
def deadline_row(entry):
    return format_html(
        '<tr class="{}"><td>{}</td><td>{}</td><td>{}</td></tr>',
        STATUS_CLASSES.get(entry.status, ""),
        entry.due_date.strftime("%b %d, %Y"),
        entry.title,
        entry.rule_citation or "",
    )


@register.simple_tag
def related_filings(entry):
    return format_html_join(
        "\n",
        '<li><a href="{}">{}</a></li>',
        ((f.get_absolute_url(), f.title) for f in entry.filings.all()),
    )
