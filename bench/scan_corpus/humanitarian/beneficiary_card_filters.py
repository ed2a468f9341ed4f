"""Jinja filters used by the beneficiary card and distribution list templates.

Registered in the app factory with ``register_filters(app)``.
"""
from datetime import date

from flask import Flask
from markupsafe import Markup, escape

STATUS_BADGES = {
    "eligible": "badge-success",
    "pending_verification": "badge-warning",
    "suspended": "badge-danger",
}


def status_badge(status: str) -> Markup:
    css = STATUS_BADGES.get(status, "badge-secondary")
    label = escape(status.replace("_", " ").title())
    return Markup(f'<span class="badge {css}">{label}</span>')


def household_head(household) -> Markup:
    """Head of household name with the alternate spelling recorded at registration."""
    alt = household.head_name_alt or ""
    return Markup(
        f'<span class="hh-head">{household.head_name}</span>'
        f'<small class="text-muted"> {alt}</small>'
    )


def age_on(dob: date | None, ref: date | None = None) -> str:
    if dob is None:
        return "-"
    ref = ref or date.today()
    years = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    return str(years)


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["status_badge"] = status_badge
    app.jinja_env.filters["household_head"] = household_head
    app.jinja_env.filters["age_on"] = age_on
