"""Cover letter for listed-building consent submissions.

Builds the covering letter to the conservation officer from the application
record, naming the applicant and property and listing the enclosed
documents; the letter is shown in the portal for the client to approve.
"""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from pargeter.consent import ConsentApplication

env = Environment(
    loader=PackageLoader("pargeter", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _applicant_line(application: ConsentApplication) -> Markup:
    return Markup("<strong>{}</strong> on behalf of <strong>{}</strong>").format(
        application.agent_name, application.applicant_name
    )


def _enclosures(application: ConsentApplication) -> Markup:
    items = Markup("").join(
        Markup("<li>{} ({} pages)</li>").format(doc.title, doc.page_count)
        for doc in application.documents
    )
    return Markup("<ul class=\"enclosures\">{}</ul>").format(items)


def _property_block(application: ConsentApplication) -> Markup:
    lines = [application.property_name, *application.address_lines, application.postcode]
    return Markup("<br>").join(escape(line) for line in lines if line)


def render_cover_letter(application: ConsentApplication) -> str:
    template = env.get_template("consent/cover_letter.html")
    return template.render(
        application=application,
        applicant_line=_applicant_line(application),
        property_block=_property_block(application),
        enclosures=_enclosures(application),
    )
