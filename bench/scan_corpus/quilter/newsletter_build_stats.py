"""Publishes statistics about each finished guild newsletter issue.

After an issue is sent, a short summary goes to the editors' chat room:
how many members received it and what the issue contained.
"""
import os
from dataclasses import asdict, dataclass

import httpx

from quilter.newsletter.models import Issue

STATS_TIMEOUT = 10.0


@dataclass
class IssueStats:
    slug: str
    recipients: int
    articles: int
    show_results: int
    swap_highlights: int
    build_revision: str


def collect_stats(issue: Issue) -> IssueStats:
    return IssueStats(
        slug=issue.slug,
        recipients=issue.deliveries.count(),
        articles=issue.articles.count(),
        show_results=issue.show_results.count(),
        swap_highlights=issue.swap_highlights.count(),
        build_revision=os.environ.get("GIT_COMMIT_SHORT", "unknown"),
    )


def _summary_text(stats: IssueStats) -> str:
    return (
        f"Issue *{stats.slug}* went to {stats.recipients} members: "
        f"{stats.articles} articles, {stats.show_results} show results, "
        f"{stats.swap_highlights} swap highlights."
    )


def publish_stats(issue: Issue) -> None:
    webhook_url = os.environ["EDITORS_CHAT_WEBHOOK"]
    stats = collect_stats(issue)
    resp = httpx.post(
        webhook_url,
        json={"text": _summary_text(stats), "attachments": [{"fields": asdict(stats)}]},
        timeout=STATS_TIMEOUT,
    )
    resp.raise_for_status()
