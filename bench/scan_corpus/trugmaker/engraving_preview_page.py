"""Live preview page for engraving wording.

Before adding an engraved trug to the basket the customer sees a mock-up
of the handle with their wording in the chosen lettering style.
"""
from __future__ import annotations

from flask import Flask, request
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

app = Flask(__name__)

env = Environment(
    loader=PackageLoader("trugshop", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

STYLES = {
    "copperplate": "font-family: 'Copperplate', serif; letter-spacing: 0.08em;",
    "serif": "font-family: 'EB Garamond', serif;",
    "hand": "font-family: 'Homemade Apple', cursive;",
}
MAX_CHARS = {"small": 18, "medium": 24, "large": 30}


def _fits(size: str, wording: str) -> bool:
    return len(wording) <= MAX_CHARS.get(size, 24)


@app.route("/engraving/preview", methods=["GET", "POST"])
def engraving_preview():
    size = request.values.get("size", "medium")
    style = request.values.get("style", "serif")
    wording = request.values.get("wording", "").strip()
    if style not in STYLES:
        style = "serif"
    if size not in MAX_CHARS:
        size = "medium"
    template = env.get_template("engraving_preview.html")
    return template.render(
        size=size,
        style_css=STYLES[style],
        wording=Markup(wording.replace("\n", "<br>")),
        fits=_fits(size, wording),
        max_chars=MAX_CHARS[size],
    )


@app.get("/engraving/limits")
def engraving_limits():
    return {"max_chars": MAX_CHARS, "styles": sorted(STYLES)}
