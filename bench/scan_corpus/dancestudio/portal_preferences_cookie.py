"""Keeps parent portal display preferences (studio, child, calendar view) in a cookie."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import List

import jsonpickle
from flask import Flask, make_response, render_template, request

app = Flask(__name__)


@dataclass
class PortalPreferences:
    home_studio: str = "central"
    selected_child: str = ""
    calendar_view: str = "week"
    hidden_styles: List[str] = field(default_factory=list)


class PreferenceCodec:
    cookie_name = "portal_prefs"
    max_age = 60 * 60 * 24 * 180

    @staticmethod
    def dumps(prefs: PortalPreferences) -> str:
        return base64.urlsafe_b64encode(jsonpickle.encode(prefs).encode()).decode()

    @staticmethod
    def loads(raw: str) -> PortalPreferences:
        text = base64.urlsafe_b64decode(raw.encode()).decode()
        return jsonpickle.decode(text)

    @classmethod
    def from_request(cls) -> PortalPreferences:
        raw = request.cookies.get(cls.cookie_name)
        if not raw:
            return PortalPreferences()
        try:
            return cls.loads(raw)
        except (ValueError, TypeError):
            return PortalPreferences()


@app.get("/portal/schedule")
def schedule():
    prefs = PreferenceCodec.from_request()
    return render_template("portal/schedule.html", prefs=prefs)


@app.post("/portal/preferences")
def save_preferences():
    prefs = PreferenceCodec.from_request()
    prefs.home_studio = request.form.get("home_studio", prefs.home_studio)
    prefs.selected_child = request.form.get("selected_child", prefs.selected_child)
    prefs.calendar_view = request.form.get("calendar_view", prefs.calendar_view)
    prefs.hidden_styles = request.form.getlist("hidden_styles")
    resp = make_response("", 204)
    resp.set_cookie(
        PreferenceCodec.cookie_name,
        PreferenceCodec.dumps(prefs),
        max_age=PreferenceCodec.max_age,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp
