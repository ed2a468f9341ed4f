"""Renders restoration log notes for the printed job folder.

Bench notes are typed by staff and sometimes by visiting customers on
the workshop kiosk; line breaks are kept when printed.
"""
from datetime import date

from jinja2 import Environment, DictLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = {
    "job_folder.html": """
<!doctype html>
<html><head><title>Job {{ job.number }}</title></head>
<body>
<h1>{{ job.vehicle }} ({{ job.number }})</h1>
<p>Owner: {{ job.owner }}</p>
<table>
{% for note in notes %}
<tr><td>{{ note.day }}</td><td>{{ note.author }}</td><td>{{ note.text | nl2br }}</td></tr>
{% endfor %}
</table>
<footer>Printed {{ printed }}</footer>
</body></html>
""",
}


def nl2br(value: str) -> Markup:
    escaped = escape(value)
    return Markup("<br>\n").join(escaped.split("\n"))


def make_env() -> Environment:
    env = Environment(
        loader=DictLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["nl2br"] = nl2br
    return env


_env = make_env()


def render_job_folder(job: dict, notes: list[dict]) -> str:
    ordered = sorted(notes, key=lambda n: n["day"])
    return _env.get_template("job_folder.html").render(
        job=job,
        notes=ordered,
        printed=date.today().strftime("%d %B %Y"),
    )


if __name__ == "__main__":
    print(
        render_job_folder(
            {"number": "R2291", "vehicle": "Ralli car", "owner": "J. Hollis"},
            [{"day": "2024-03-02", "author": "Tom", "text": "Stripped shafts.\nFound worm in nearside."}],
        )
    )
