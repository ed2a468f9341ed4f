from django import template
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe

register = template.Library()

DIVIDER = mark_safe('<span class="sep" aria-hidden="true">&middot;</span>')


@register.simple_tag
def user_badge(user):
    css = "badge-staff" if user.is_staff else "badge-member"
    return format_html('<span class="badge {}">{}</span>', css, user.get_username())


@register.filter
def bio_html(profile):
    """Render the free-text bio as paragraphs (each paragraph is escaped by linebreaks)."""
    return mark_safe(linebreaks(profile.bio, autoescape=True))


@register.simple_tag
def skill_list(profile):
    items = format_html_join("", "<li>{}</li>", ((s.name,) for s in profile.skills.all()))
    return format_html('<ul class="skills">{}</ul>{}', items, DIVIDER)
