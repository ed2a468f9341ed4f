"""Renders the evening-before collection reminder emails for home customers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from jinja2 import Environment, PackageLoader, select_autoescape


@dataclass
class Reminder:
    customer_name: str
    email: str
    collection_day: date
    slot_start: time
    slot_end: time
    driver_first_name: str
    special_instructions: str


def build_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("laundry", "templates/email"),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["slot"] = lambda t: t.strftime("%H:%M")
    env.filters["day"] = lambda d: d.strftime("%A %d %B")
    return env


class ReminderRenderer:
    template_name = "collection_reminder.html"
    subject_template = "Your Press & Fold collection on {day}"

    def __init__(self, env: Environment | None = None) -> None:
        self.env = env or build_environment()

    def render(self, reminder: Reminder) -> tuple[str, str]:
        html = self.env.get_template(self.template_name).render(
            name=reminder.customer_name,
            day=reminder.collection_day,
            start=reminder.slot_start,
            end=reminder.slot_end,
            driver=reminder.driver_first_name,
            instructions=reminder.special_instructions,
        )
        subject = self.subject_template.format(day=reminder.collection_day.strftime("%A"))
        return subject, html
