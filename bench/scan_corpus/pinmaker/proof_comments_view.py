"""Comment thread on a proof, shared between the customer and the art team.

Comments are plain text; line breaks are kept and URLs the art team pastes
(e.g. to Pantone swatches) are not linkified.
"""
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("pinmaker", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def nl2br(value: str) -> Markup:
    escaped = escape(value)
    return Markup("<br>\n").join(escaped.split("\n"))


env.filters["nl2br"] = nl2br


class ProofCommentThread:
    def __init__(self, repo, proof_id: int):
        self.repo = repo
        self.proof_id = proof_id

    def add(self, author_id: int, author_name: str, body: str, from_studio: bool) -> None:
        body = body.strip()
        if not body:
            raise ValueError("empty comment")
        self.repo.insert_comment(
            proof_id=self.proof_id,
            author_id=author_id,
            author_name=author_name,
            body=body[:4000],
            from_studio=from_studio,
            created_at=datetime.utcnow(),
        )

    def render(self) -> str:
        comments = self.repo.comments_for(self.proof_id)
        template = env.get_template("proofs/comments.html")
        return template.render(
            proof_id=self.proof_id,
            comments=[
                {
                    "who": c.author_name,
                    "studio": c.from_studio,
                    "when": c.created_at.strftime("%d %b %Y %H:%M"),
                    "body_html": nl2br(c.body),
                }
                for c in comments
            ],
        )
