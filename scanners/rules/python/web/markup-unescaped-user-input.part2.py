from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass
class Comment:
    author: str
    when: str
    body: Markup


def format_comment(row: dict) -> Comment:
    text = row["body"].replace("\n", "<br>")
    return Comment(
        author=str(escape(row["author"])),
        when=row["created_at"].strftime("%d %b %Y"),
        # ruleid: markup-unescaped-user-input
        body=Markup(text),
    )


def format_escaped_comment(row: dict) -> Comment:
    text = escape(row["body"]).replace("\n", Markup("<br>"))
    return Comment(
        author=str(escape(row["author"])),
        when=row["created_at"].strftime("%d %b %Y"),
        # ok: markup-unescaped-user-input
        body=Markup(text),
    )


def stage_badge(row: dict) -> Markup:
    # ruleid: markup-unescaped-user-input
    return Markup(row["notes"])


def stage_icon(row: dict) -> Markup:
    icon = row["icon_svg"]
    # ok: markup-unescaped-user-input
    return Markup(icon)


def standard_terms() -> Markup:
    from importlib import resources

    text = resources.files("backoffice.legal").joinpath("hire_terms_v7.html").read_text("utf-8")
    # ok: markup-unescaped-user-input
    return Markup(text)


def tracking_link(carrier_url: str, tracking_no: str) -> Markup:
    # ok: markup-unescaped-user-input
    return Markup(' &ndash; <a href="{}">track parcel {}</a>').format(f"{carrier_url}?tracking={tracking_no}", tracking_no)


def raw_tracking_link(carrier_url: str, tracking_no: str) -> Markup:
    # ruleid: markup-unescaped-user-input
    return Markup(f' &ndash; <a href="{carrier_url}?tracking={tracking_no}">track parcel</a>')
