"""Workspace API keys: issue, list, revoke, authenticate."""
import hashlib
import hmac
import logging
import secrets
from datetime import datetime, timezone

from django.db import transaction

from apikeys.models import ApiKey

log = logging.getLogger("apikeys")

KEY_PREFIX = "wsk_"
KEY_BYTES = 32


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


@transaction.atomic
def issue_key(workspace, created_by, label: str, scopes: list[str]) -> tuple[ApiKey, str]:
    raw_key = KEY_PREFIX + secrets.token_urlsafe(KEY_BYTES)
    key = ApiKey.objects.create(
        workspace=workspace,
        created_by=created_by,
        label=label[:100],
        scopes=sorted(set(scopes)),
        lookup_id=raw_key[len(KEY_PREFIX):len(KEY_PREFIX) + 8],
        key_digest=_digest(raw_key),
    )
    log.info("api key issued workspace=%s by=%s key=%s scopes=%s", workspace.id, created_by.id, raw_key, key.scopes)
    return key, raw_key


def revoke_key(key: ApiKey, revoked_by) -> None:
    key.revoked_at = datetime.now(timezone.utc)
    key.save(update_fields=["revoked_at"])
    log.info("api key %s revoked by %s", key.pk, revoked_by.id)


def authenticate(raw_key: str) -> ApiKey | None:
    if not raw_key.startswith(KEY_PREFIX):
        return None
    lookup_id = raw_key[len(KEY_PREFIX):len(KEY_PREFIX) + 8]
    for candidate in ApiKey.objects.filter(lookup_id=lookup_id, revoked_at__isnull=True):
        if hmac.compare_digest(candidate.key_digest, _digest(raw_key)):
            return candidate
    return None
