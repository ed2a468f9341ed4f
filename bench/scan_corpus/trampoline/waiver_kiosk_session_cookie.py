"""Short-lived session cookie for guardians completing a waiver on a lobby tablet."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Flask, Response, make_response, redirect, request, url_for

app = Flask(__name__)

BASE_COOKIE = {"path": "/waiver", "samesite": "Strict"}


class WaiverCookiePolicy:
    name = "jz_waiver"
    lifetime = timedelta(minutes=20)

    def options(self) -> dict:
        return {
            **BASE_COOKIE,
            "max_age": int(self.lifetime.total_seconds()),
            "secure": True,
            "httponly": True,
        }

    def issue(self, response: Response, token: str) -> Response:
        response.set_cookie(self.name, token, **self.options())
        return response

    def clear(self, response: Response) -> Response:
        response.delete_cookie(self.name, path=BASE_COOKIE["path"], secure=True, httponly=True, samesite="Strict")
        return response


policy = WaiverCookiePolicy()


@app.post("/waiver/start")
def start_waiver():
    from .waivers import open_draft

    token = secrets.token_urlsafe(24)
    open_draft(token, site=request.form["site"], booking_ref=request.form.get("booking_ref"))
    return policy.issue(make_response(redirect(url_for("waiver_form"))), token)


@app.get("/waiver/form")
def waiver_form():
    return "waiver form"


@app.post("/waiver/finish")
def finish_waiver():
    return policy.clear(make_response(redirect("/waiver/thanks")))
