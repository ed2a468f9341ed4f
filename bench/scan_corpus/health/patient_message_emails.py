"""Renders notification emails when a patient sends a secure message to their care team."""
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader

env = Environment(loader=PackageLoader("portal.notifications", "templates"), autoescape=False)


@dataclass
class PatientMessage:
    message_id: int
    patient_display_name: str
    subject: str
    body: str
    thread_url: str


def render_care_team_email(message: PatientMessage, recipient_name: str) -> tuple[str, str]:
    """Return (html, text) bodies for the care-team notification email."""
    html = env.get_template("care_team_message.html").render(
        recipient=recipient_name,
        patient=message.patient_display_name,
        subject=message.subject,
        body=message.body,
        thread_url=message.thread_url,
    )
    text = env.get_template("care_team_message.txt").render(
        recipient=recipient_name,
        patient=message.patient_display_name,
        subject=message.subject,
        thread_url=message.thread_url,
    )
    return html, text
