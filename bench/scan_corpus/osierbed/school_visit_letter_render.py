"""Render the confirmation letter emailed to schools after booking.

The letter names the school and lead teacher, confirms the date and
activity, and lists what pupils should bring (wellies, old clothes).
"""

from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("osierbed.visits", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

ACTIVITIES = {
    "weaving": "Willow weaving workshop",
    "cutting": "Cutting and grading demonstration",
    "dens": "Living-willow den building",
}

KIT_LIST = Markup(
    "<ul><li>Wellies or sturdy boots</li><li>Old clothes and a waterproof</li>"
    "<li>Packed lunch and a drink</li></ul>"
)


def greeting(teacher_name: str, school_name: str) -> Markup:
    return Markup("Dear {}, thank you for booking a visit for <strong>{}</strong>.").format(
        teacher_name, school_name
    )


def render_confirmation(booking: dict) -> str:
    template = env.get_template("confirmation_letter.html")
    return template.render(
        greeting=greeting(booking["teacher_name"], booking["school_name"]),
        activity=ACTIVITIES.get(booking["activity"], booking["activity"]),
        visit_date=booking["visit_date"].strftime("%A %d %B %Y"),
        reference=booking["reference"],
        pupils=booking["pupils"],
        kit_list=KIT_LIST,
        notes=booking.get("notes", ""),
    )


def render_plaintext(booking: dict) -> str:
    when: date = booking["visit_date"]
    activity = ACTIVITIES.get(booking["activity"], booking["activity"])
    return (
        f"Dear {booking['teacher_name']},\n\n"
        f"Your visit ({booking['reference']}) is booked for {when:%A %d %B %Y}.\n"
        f"Activity: {activity}\n"
    )
