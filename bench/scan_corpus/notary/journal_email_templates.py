"""Renders the journal-entry receipt emailed to signers after a session."""
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = "notary/templates/email"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
)


def nl2br(value: str) -> Markup:
    """Keeps the line breaks a notary typed into the journal notes field."""
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


env.filters["nl2br"] = nl2br


def render_receipt(entry, signer) -> tuple[str, str]:
    context = {
        "signer_name": signer.display_name,
        "document_title": entry.document_title,
        "act_type": entry.act_type,
        "performed_at": entry.performed_at,
        "notary_name": entry.notary.full_name,
        "notes": entry.notes or "",
    }
    html = env.get_template("journal_receipt.html").render(**context)
    text = env.get_template("journal_receipt.txt").render(**context)
    return html, text
