"""Audit trail for stream key usage on the ingest edge.

Every publish attempt is logged with a short key fingerprint so support can
correlate "my stream won't start" tickets without ever seeing the key.
"""
from __future__ import annotations

import hashlib
import logging

log = logging.getLogger("ingest.audit")


def key_fingerprint(stream_key: str) -> str:
    return hashlib.sha256(stream_key.encode("utf-8")).hexdigest()[:12]


def log_publish_attempt(stream_key: str, client_ip: str, app_name: str, accepted: bool,
                        channel_id: int | None = None) -> None:
    log.info(
        "publish %s app=%s channel=%s key_fp=%s client=%s",
        "accepted" if accepted else "rejected",
        app_name,
        channel_id if channel_id is not None else "-",
        key_fingerprint(stream_key),
        client_ip,
    )


def log_key_rotated(channel_id: int, old_key: str | None, new_key: str) -> None:
    log.info(
        "stream key rotated channel=%s old_fp=%s new_fp=%s",
        channel_id,
        key_fingerprint(old_key) if old_key else "-",
        key_fingerprint(new_key),
    )
