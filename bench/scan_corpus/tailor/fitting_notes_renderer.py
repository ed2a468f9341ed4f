"""Renders fitter's notes for the printed fitting sheet and the portal.

After each fitting the fitter types notes ("drop right shoulder 0.5cm,
let out seat 1cm"); customers can also add their own comments. Both are
shown with their line breaks preserved.
"""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

_BR = Markup("<br>\n")


def nl2br(text: str | None) -> Markup:
    if not text:
        return Markup("")
    lines = text.replace("\r\n", "\n").split("\n")
    return _BR.join(escape(line) for line in lines)


def cm(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f} cm"


class FittingSheetRenderer:
    template_name = "fitting_sheet.html"

    def __init__(self, package: str = "hc_workroom"):
        self.env = Environment(
            loader=PackageLoader(package, "templates"),
            autoescape=select_autoescape(["html"]),
        )
        self.env.filters["nl2br"] = nl2br
        self.env.filters["cm"] = cm

    def render(self, fitting: dict, adjustments: list[dict]) -> str:
        return self.env.get_template(self.template_name).render(
            fitting=fitting,
            adjustments=sorted(adjustments, key=lambda a: a.get("area", "")),
            fitter_notes=nl2br(fitting.get("fitter_notes")),
            customer_comments=nl2br(fitting.get("customer_comments")),
        )


def render_fitting_sheet(fitting: dict, adjustments: list[dict]) -> str:
    return FittingSheetRenderer().render(fitting, adjustments)
