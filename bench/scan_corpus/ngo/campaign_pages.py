"""Public fundraising campaign pages with supporter messages."""
from flask import Blueprint, render_template
from markupsafe import Markup, escape

from .models import Campaign, SupporterMessage

bp = Blueprint("campaigns", __name__, url_prefix="/appeal")


def nl2br(text: str) -> Markup:
    """Escape the text, then turn newlines into <br> tags."""
    return escape(text).replace("\n", Markup("<br>\n"))


def render_supporter_message(msg: SupporterMessage) -> Markup:
    return Markup('<figure class="supporter-msg"><blockquote>{}</blockquote>'
                  "<figcaption>{} gave {}</figcaption></figure>").format(
        nl2br(msg.body), msg.display_name, msg.amount_display
    )


@bp.app_template_filter("nl2br")
def _nl2br_filter(text: str) -> Markup:
    return nl2br(text)


@bp.get("/<slug>")
def campaign_page(slug: str):
    campaign = Campaign.query.filter_by(slug=slug, live=True).first_or_404()
    messages = (
        SupporterMessage.query.filter_by(campaign_id=campaign.id, approved=True)
        .order_by(SupporterMessage.created_at.desc())
        .limit(30)
        .all()
    )
    return render_template(
        "campaigns/page.html",
        campaign=campaign,
        messages=[render_supporter_message(m) for m in messages],
        raised=campaign.total_raised_display,
    )
