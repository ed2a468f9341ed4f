"""Nightly sync of opted-in members to the studio newsletter list.

Members who tick "send me new patterns and workshop dates" are pushed to the
mailing list provider with their favourite lace styles as tags.
"""
import hashlib
import os

import httpx

from lacemaker.members.queries import newsletter_subscribers

MAILCHIMP_KEY = os.environ["MAILCHIMP_API_KEY"]
MAILCHIMP_LIST = os.environ["MAILCHIMP_LIST_ID"]
DATACENTER = MAILCHIMP_KEY.rsplit("-", 1)[-1]
API_ROOT = f"https://{DATACENTER}.api.mailchimp.com/3.0"


def subscriber_hash(email: str) -> str:
    return hashlib.md5(email.lower().encode()).hexdigest()


def member_payload(member) -> dict:
    return {
        "email_address": member.email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": member.first_name, "LNAME": member.last_name},
        "tags": [style.title() for style in member.favourite_styles],
    }


def sync() -> int:
    count = 0
    with httpx.Client(base_url=API_ROOT, auth=("lacemaker", MAILCHIMP_KEY), timeout=30) as client:
        for member in newsletter_subscribers():
            resp = client.put(
                f"/lists/{MAILCHIMP_LIST}/members/{subscriber_hash(member.email)}",
                json=member_payload(member),
            )
            resp.raise_for_status()
            count += 1
    return count


if __name__ == "__main__":
    print(f"synced {sync()} subscribers")
