"""Rotate the API tokens used by studio tablets.

The new token is returned to the caller (the admin dashboard shows it once);
logs only record a short fingerprint so support can match a tablet to a
rotation event.
"""
import hashlib
import logging
import secrets

from django.contrib.auth.hashers import make_password
from django.db import transaction

from studios.models import Tablet

audit = logging.getLogger("audit.tablets")


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


@transaction.atomic
def rotate_token(tablet: Tablet, actor) -> str:
    new_token = secrets.token_urlsafe(32)
    tablet.token_hash = make_password(new_token)
    tablet.token_version += 1
    tablet.save(update_fields=["token_hash", "token_version"])
    audit.info(
        "tablet %s token rotated to v%d by %s (fp=%s)",
        tablet.pk, tablet.token_version, actor.username, fingerprint(new_token),
    )
    return new_token


def rotate_studio(studio_slug: str, actor) -> dict[int, str]:
    tokens = {}
    for tablet in Tablet.objects.filter(studio__slug=studio_slug, retired=False):
        tokens[tablet.pk] = rotate_token(tablet, actor)
    audit.info("rotated %d tablet tokens for %s", len(tokens), studio_slug)
    return tokens
