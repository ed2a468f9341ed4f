"""Render public hearing notices for the planning commission website.

Each notice lists the application, the applicant's project description
and any written comments received before the hearing.
"""
from datetime import date

from jinja2 import Environment, PackageLoader

from .models import Application, PublicComment

_env = Environment(loader=PackageLoader("planning", "templates/notices"), autoescape=False)
_env.filters["longdate"] = lambda d: d.strftime("%B %-d, %Y")


def render_notice(application: Application, comments: list[PublicComment], hearing_date: date) -> str:
    template = _env.get_template("hearing_notice.html")
    return template.render(
        case_number=application.case_number,
        applicant=application.applicant_name,
        site_address=application.site_address,
        description=application.project_description,
        comments=[{"author": c.author_name, "body": c.body} for c in comments],
        hearing_date=hearing_date,
    )


def publish_notice(application: Application, comments, hearing_date: date, storage) -> str:
    html = render_notice(application, comments, hearing_date)
    key = f"notices/{application.case_number}.html"
    storage.put(key, html.encode("utf-8"), content_type="text/html; charset=utf-8")
    return key
