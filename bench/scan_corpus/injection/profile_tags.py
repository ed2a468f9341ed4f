from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def user_badge(user):
    css = "badge-staff" if user.is_staff else "badge-member"
    return format_html('<span class="badge {}">{}</span>', css, user.get_username())


@register.filter
def bio_html(profile):
    """Render the free-text bio as paragraphs."""
    paragraphs = [p.strip() for p in profile.bio.split("\n\n") if p.strip()]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs))


@register.inclusion_tag("accounts/_avatar.html")
def avatar(profile, size=48):
    return {"url": profile.avatar_url, "size": int(size), "alt": profile.display_name}
