"""Renders the HTML edition of the monthly guild newsletter.

Each issue combines editor-written articles with the members' brag board,
where members post a photo and a few words about a finished quilt.
"""
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from quilter.config import settings
from quilter.newsletter.models import BragPost, Issue

TEMPLATE_DIR = Path(settings.NEWSLETTER_TEMPLATE_DIR)

ENV_OPTIONS = {
    "loader": FileSystemLoader(str(TEMPLATE_DIR)),
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


@dataclass
class BragCard:
    member_name: str
    quilt_name: str
    caption: str
    photo_url: str


def _brag_cards(issue: Issue) -> list[BragCard]:
    posts = BragPost.objects.filter(issue=issue, approved=True).select_related("member")
    return [
        BragCard(
            member_name=p.member.display_name,
            quilt_name=p.quilt_name,
            caption=p.caption,
            photo_url=p.photo.url,
        )
        for p in posts
    ]


class NewsletterRenderer:
    def __init__(self):
        self.env = Environment(**ENV_OPTIONS)
        self.env.filters["inches"] = lambda v: f'{v:g}"'

    def render_issue(self, issue: Issue) -> str:
        template = self.env.get_template("issue.html")
        return template.render(
            issue=issue,
            articles=issue.articles.order_by("position"),
            brag_cards=_brag_cards(issue),
            guild_name=settings.GUILD_NAME,
        )

    def write_issue(self, issue: Issue) -> Path:
        out = Path(settings.NEWSLETTER_BUILD_DIR) / issue.slug / "issue.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(self.render_issue(issue), encoding="utf-8")
        return out
