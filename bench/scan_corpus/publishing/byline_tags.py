"""Template tags for rendering article bylines and author boxes.

    {% load byline_tags %}
    {% byline article %}
"""
from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

register = template.Library()


def _author_link(author) -> str:
    url = reverse("authors:detail", kwargs={"slug": author.slug})
    return f'<a class="byline__author" rel="author" href="{url}">{author.display_name}</a>'


@register.simple_tag
def byline(article):
    authors = list(article.authors.all())
    if not authors:
        return ""
    links = [_author_link(a) for a in authors]
    if len(links) > 1:
        joined = ", ".join(links[:-1]) + " and " + links[-1]
    else:
        joined = links[0]
    return mark_safe(f'<p class="byline">By {joined}</p>')


@register.inclusion_tag("articles/_author_box.html")
def author_box(author):
    return {
        "author": author,
        "profile_url": reverse("authors:detail", kwargs={"slug": author.slug}),
        "article_count": author.articles.filter(status="published").count(),
    }
