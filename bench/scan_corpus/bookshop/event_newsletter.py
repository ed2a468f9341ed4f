"""Renders the monthly author-events newsletter (HTML email).

Event descriptions are written by staff, but the "reader questions" section
quotes what customers submitted on the event pages.
"""
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

_env = Environment(
    loader=PackageLoader("bookshop", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def quote_question(question: str, name: str) -> Markup:
    """Format a reader question for the email; arguments are escaped by Markup.format."""
    return Markup("<blockquote>{}</blockquote><p class=\"byline\">&mdash; {}</p>").format(question, name)


_env.filters["quote_question"] = lambda q: quote_question(q.body, q.name or "Anonymous")


def render_newsletter(month: date, events: list, questions: list) -> str:
    template = _env.get_template("events_newsletter.html")
    return template.render(
        month=month,
        events=events,
        questions=questions,
        unsubscribe_placeholder="{{unsubscribe_url}}",
    )
