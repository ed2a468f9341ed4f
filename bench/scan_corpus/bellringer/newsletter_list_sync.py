"""Nightly sync of newsletter subscribers to the mailing provider.

Members who opted in to the newsletter on their renewal form are pushed
to the provider's audience list; lapsed members are archived there.
"""
import logging

import httpx

from bellringer.db import session_scope
from bellringer.models import Member
from bellringer.settings import settings

logger = logging.getLogger("bellringer.newsletter.sync")

BATCH_SIZE = 200


def _provider_headers() -> dict[str, str]:
    return {
        "Authorization": f"apikey {settings.MAILER_API_KEY}",
        "Content-Type": "application/json",
        "User-Agent": "bellringer-newsletter-sync/2.3",
    }


def _member_payload(member: Member) -> dict:
    return {
        "email_address": member.email,
        "status_if_new": "subscribed",
        "status": "subscribed" if member.is_current else "archived",
        "merge_fields": {"FNAME": member.forename, "LNAME": member.surname, "TOWER": member.tower_code},
    }


def _post_batch(client: httpx.Client, members: list[Member]) -> None:
    url = f"{settings.MAILER_API_URL}/lists/{settings.MAILER_LIST_ID}"
    headers = _provider_headers()
    body = {"members": [_member_payload(m) for m in members], "update_existing": True}
    logger.debug("POST %s headers=%s batch=%d", url, headers, len(members))
    resp = client.post(url, headers=headers, json=body)
    resp.raise_for_status()
    result = resp.json()
    logger.info(
        "Batch synced: %s new, %s updated, %s errors",
        result.get("total_created"), result.get("total_updated"), result.get("error_count"),
    )


def sync_subscribers() -> int:
    pushed = 0
    with session_scope() as session, httpx.Client(timeout=30.0) as client:
        query = session.query(Member).filter(Member.newsletter_opt_in.is_(True)).order_by(Member.id)
        batch: list[Member] = []
        for member in query.yield_per(BATCH_SIZE):
            batch.append(member)
            if len(batch) == BATCH_SIZE:
                _post_batch(client, batch)
                pushed += len(batch)
                batch = []
        if batch:
            _post_batch(client, batch)
            pushed += len(batch)
    return pushed
