"""Renders recall reminder letters and emails for patients due an eye test."""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("reminders", "templates"),
    autoescape=select_autoescape(["html", "htm", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

FOOTER = Markup(
    "<p class=\"footer\">You can rebook or opt out of reminders in your "
    "<a href=\"/account\">patient account</a>.</p>"
)


def _greeting(first_name: str) -> Markup:
    return Markup("<p>Dear {},</p>").format(first_name)


def _address_block(lines: list[str]) -> Markup:
    return Markup("<br>").join(escape(line) for line in lines if line)


def render_recall(patient, branch, due_date) -> str:
    template = env.get_template("recall_email.html")
    return template.render(
        greeting=_greeting(patient.first_name),
        address=_address_block([patient.address1, patient.address2,
                                patient.town, patient.postcode]),
        branch_name=branch.name,
        branch_phone=branch.phone,
        due=due_date.strftime("%d %B %Y"),
        footer=FOOTER,
    )
